/**
 * A finding in the reader's language: its title (the problem), its message, why it matters and the fix with its
 * notes translated. One function for every place that shows findings: the report page, the Markdown and text
 * reporters, the CLI and the reviewer console.
 *
 * @example
 * const { title, message, rationale, fix } = findingText(finding, 'zh-cn');
 */
import { translateFixNotes } from '../rules/fix-comments.ts';
import { allRules } from '../rules/index.ts';
import { canRender, plainText, renderMessage, type MessagePart } from '../rules/message.ts';
import { phrases } from '../rules/phrases.ts';
import type { Rule } from '../rules/rule.ts';
import type { RuleTranslation } from '../rules/translate.ts';
import { ruleTranslations } from '../rules/translations.ts';
import type { Language } from '../vocabulary.ts';
import { conditionParts } from './conditions.ts';
import { defaultParts } from './default-note.ts';
import type { Finding } from './schema.ts';

export interface FindingText {
  /** The problem in one line. */
  title: string;
  /** What is wrong here, as one line of text. */
  message: string;
  /** The same message as parts, so a page can set names and values in code font. */
  messageParts: MessagePart[];
  /** Why it matters; undefined for a rule this engine no longer has. */
  rationale: string | undefined;
  /** The fix snippet, its notes (comments) in the reader's language. */
  fix: string;
}

const rulesById = new Map<string, Rule>(allRules.map((rule) => [rule.id, rule]));

function translationOf(ruleId: string, language: Language): RuleTranslation | undefined {
  return language === 'en' ? undefined : ruleTranslations[language].get(ruleId);
}

export function findingText(finding: Finding, language: Language): FindingText {
  const rule = rulesById.get(finding.ruleId);
  const translation = translationOf(finding.ruleId, language);
  const messageParts = messagePartsOf(finding, rule, translation, language);
  return {
    title: translation?.problem ?? rule?.problem ?? finding.title,
    message: plainText(messageParts),
    messageParts,
    rationale: translation?.rationale ?? rule?.rationale,
    fix: translation ? translateFixNotes(finding.fix.snippet, translation.fixNotes) : finding.fix.snippet,
  };
}

function messagePartsOf(finding: Finding, rule: Rule | undefined, translation: RuleTranslation | undefined, language: Language): MessagePart[] {
  const stored: MessagePart[] = [{ text: finding.message }];
  // A report stored before version 1.1 has no message ids: its English message is all there is, in any language.
  if (finding.messageId === undefined) return stored;
  const template = language === 'en' ? rule?.messages[finding.messageId] : translation?.messages[finding.messageId];
  const params = finding.params ?? {};
  if (template === undefined || !canRender(template, params, language, phrases)) return stored;
  return [
    ...renderMessage(template, params, language, phrases),
    ...defaultParts(finding.fromDefault, finding.file, language),
    ...conditionParts(finding.conditions ?? [], language, finding.inDefaultDeployment),
  ];
}

export interface RuleText {
  /** What good looks like. */
  title: string;
  /** What a finding of the rule says is wrong. */
  problem: string;
  rationale: string;
  /** True when the English stands in for a missing translation. */
  fallback: boolean;
}

/** A rule's own texts in a language, for the rule pages and catalogue exports. */
export function ruleText(rule: Pick<Rule, 'id' | 'title' | 'problem' | 'rationale'>, language: Language): RuleText {
  const translation = translationOf(rule.id, language);
  if (translation) return { title: translation.title, problem: translation.problem, rationale: translation.rationale, fallback: false };
  return { title: rule.title, problem: rule.problem, rationale: rule.rationale, fallback: language !== 'en' };
}

/** A rule's fix snippet with its notes in the language; notes without a translation stay English. */
export function fixText(ruleId: string, snippet: string, language: Language): string {
  const translation = translationOf(ruleId, language);
  return translation ? translateFixNotes(snippet, translation.fixNotes) : snippet;
}
