/** Every provider's phrase book in one (ids are unique across providers): what the engine and reports render phrases with. */
import type { PhraseBook } from './message.ts';
import { awsPhrases } from './aws/phrases.ts';

export const phrases: PhraseBook = awsPhrases;
