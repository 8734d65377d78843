/** Every provider's phrase book in one (ids are unique across providers): what the engine and reports render phrases with. */
import type { PhraseBook } from './message.ts';
import { awsPhrases } from './aws/phrases.ts';
import { containerPhrases } from './container/phrases.ts';

export const phrases: PhraseBook = {
  en: { ...awsPhrases.en, ...containerPhrases.en },
  'zh-cn': { ...awsPhrases['zh-cn'], ...containerPhrases['zh-cn'] },
};
