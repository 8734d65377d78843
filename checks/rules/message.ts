/**
 * Rule messages as templates with parameters, so one finding can be read in every language the engine speaks.
 *
 * A template is text with `{name}` placeholders and `` `code` `` spans: `'{property} is `false` on {database}'`.
 * Parameters are values from the source (names, settings, numbers, lists of them) or a phrase: a shared noun
 * phrase such as "DB instance Orders" that is itself a template in every language (`aws/phrases.ts`). Rendering
 * yields parts, text or code, so a page can set names and values in code font; plain text drops the backticks.
 */
import { z } from 'zod';
import type { Language } from '../vocabulary.ts';

/** A shared noun phrase with its own parameters, e.g. `{ phrase: 'dbInstance', params: { name: 'Orders' } }`. */
export const Phrase = z.object({
  /** Key in the phrase book (`checks/rules/aws/phrases.ts`). */
  phrase: z.string(),
  get params() {
    return z.record(z.string(), MessageParam);
  },
});
export type Phrase = z.infer<typeof Phrase>;

/** A value a message names: a name or setting as written, a number, a list of them, or a phrase. Never prose. */
export const MessageParam = z.union([z.string(), z.number(), z.array(z.string()), Phrase]).meta({ id: 'MessageParam' });
export type MessageParam = z.infer<typeof MessageParam>;
export type MessageParams = Record<string, MessageParam>;

/** `'bucket {name} has {acl}'` → `'name' | 'acl'`: lets the compiler hold a rule's report calls to its templates. */
export type Placeholders<T extends string> = T extends `${string}{${infer Name}}${infer Rest}` ? Name | Placeholders<Rest> : never;
export type ParamsOf<T extends string> = { [Name in Placeholders<T>]: MessageParam };

export type MessagePart = { text: string } | { code: string };

/** Phrase templates per language, keyed by phrase id. */
export type PhraseBook = Record<Language, Readonly<Record<string, string>>>;

const token = /\{([A-Za-z][A-Za-z0-9]*)\}|`([^`]*)`/g;

/** The placeholder names a template uses, in order of first use. */
export function placeholdersOf(template: string): string[] {
  return [...new Set([...template.matchAll(token)].flatMap((match) => (match[1] === undefined ? [] : [match[1]])))];
}

const listLocales: Record<Language, string> = { en: 'en-GB', 'zh-cn': 'zh-CN' };

/** Whether every placeholder of the template (and of the phrases it is given) has a value. */
export function canRender(template: string, params: MessageParams, language: Language, phrases: PhraseBook): boolean {
  return placeholdersOf(template).every((name) => {
    const value = params[name];
    if (value === undefined) return false;
    if (typeof value !== 'object' || Array.isArray(value)) return true;
    const phrase = phrases[language][value.phrase];
    return phrase !== undefined && canRender(phrase, value.params, language, phrases);
  });
}

/**
 * The template with its parameters filled in. A missing parameter or phrase is left as `{name}` rather than
 * thrown: a stored report is read long after it was written, and the tests catch every gap in the engine's own.
 */
export function renderMessage(template: string, params: MessageParams, language: Language, phrases: PhraseBook): MessagePart[] {
  const parts: MessagePart[] = [];
  let last = 0;
  for (const match of template.matchAll(token)) {
    if (match.index > last) parts.push({ text: template.slice(last, match.index) });
    last = match.index + match[0].length;
    if (match[2] !== undefined) parts.push({ code: match[2] });
    else parts.push(...renderParam(match[1]!, params[match[1]!], language, phrases));
  }
  if (last < template.length) parts.push({ text: template.slice(last) });
  return mergeText(parts);
}

function renderParam(name: string, value: MessageParam | undefined, language: Language, phrases: PhraseBook): MessagePart[] {
  if (value === undefined) return [{ text: `{${name}}` }];
  if (typeof value === 'string' || typeof value === 'number') return [{ code: String(value) }];
  if (Array.isArray(value)) {
    return new Intl.ListFormat(listLocales[language], { type: 'conjunction' }).formatToParts(value).map((part) => (part.type === 'element' ? { code: part.value } : { text: part.value }));
  }
  const phrase = phrases[language][value.phrase];
  return phrase === undefined ? [{ text: `{${name}}` }] : renderMessage(phrase, value.params, language, phrases);
}

function mergeText(parts: MessagePart[]): MessagePart[] {
  const merged: MessagePart[] = [];
  for (const part of parts) {
    const previous = merged.at(-1);
    if ('text' in part && previous && 'text' in previous) merged[merged.length - 1] = { text: previous.text + part.text };
    else if (!('text' in part && part.text === '')) merged.push(part);
  }
  return merged;
}

/** Parts as one line of text: code spans lose their backticks, so the English reads as it always has. */
export function plainText(parts: readonly MessagePart[]): string {
  return parts.map((part) => ('text' in part ? part.text : part.code)).join('');
}

/**
 * A setting's name as the source spells it (`StorageEncrypted`, `storage_encrypted`), for a message parameter; the
 * rule's own word where the model derived the value and no single property holds it.
 */
export function propertyName(attr: { readonly property?: string }, wording: string): string {
  return attr.property ?? wording;
}

/** A value as the source spells it (`public-read`), where the mapper normalised it for rules to compare (`PublicRead`). */
export function writtenValue(attr: { readonly value: string; readonly written?: string }): string {
  return attr.written ?? attr.value;
}

/** The block a setting belongs in as the source spells it (`MetadataOptions`, `metadata_options`), like `propertyName`. */
export function blockName(attr: { readonly block?: string }, wording: string): string {
  return attr.block ?? wording;
}
