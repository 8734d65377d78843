/**
 * A rule's texts in another language, kept beside the rule (`zh-cn.ts` next to `rule.ts`): title, problem,
 * rationale, every message template and the notes in its fix snippets.
 *
 * `checkedAgainst` is the hash of the English these texts were last written or re-checked against. When any of
 * the English changes, checks/rules/translations.test.ts fails and prints the new hash: re-read the translation
 * against the new English, fix it, then update the hash.
 */
import { fnv1a64 } from '../report/fingerprint.ts';
import { fixNotes } from './fix-comments.ts';
import type { Messages, Rule } from './rule.ts';

export interface RuleTexts<M extends Messages = Messages> {
  /** What good looks like, for the rule pages. */
  title: string;
  /** What is wrong, a finding's title. */
  problem: string;
  rationale: string;
  /** Every template of the rule, with the same placeholders. */
  messages: { readonly [Key in keyof M]: string };
  /** Each note of the fix snippets (their comments), keyed by its English text. */
  fixNotes: Readonly<Record<string, string>>;
  checkedAgainst: string;
}

export interface RuleTranslation extends RuleTexts {
  ruleId: string;
}

/** Typed identity: the compiler holds a translation to the rule's message keys. */
export function translateRule<M extends Messages>(rule: Rule<M>, texts: RuleTexts<M>): RuleTranslation {
  return { ruleId: rule.id, ...texts };
}

/** The English a translation follows: title, problem, rationale, every message and every note of every fix snippet. */
export function englishTextOf(rule: Rule): string {
  const messages = Object.keys(rule.messages)
    .sort()
    .map((key) => `${key}: ${rule.messages[key]}`);
  return [rule.title, rule.problem, rule.rationale, ...messages, ...englishFixNotes(rule)].join('\n');
}

/** What `checkedAgainst` holds for the rule's current English. */
export function englishTextHash(rule: Rule): string {
  return fnv1a64(englishTextOf(rule));
}

/** The notes of all the rule's fix snippets, each once. */
export function englishFixNotes(rule: Rule): string[] {
  return [...new Set(Object.values(rule.fix).flatMap((snippet) => (snippet === undefined ? [] : fixNotes(snippet))))];
}
