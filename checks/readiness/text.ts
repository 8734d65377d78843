/** Helpers for the texts every item carries in both languages: numbers written the same way in each. */
import type { LocalizedText } from './schema.ts';

export const both = (en: string, zh: string): LocalizedText => ({ en, 'zh-cn': zh });

/** `5,000`, `0.2`, `1,234.5`: grouped thousands, at most two decimals, in both languages. */
export function num(value: number): string {
  const rounded = Math.round(value * 100) / 100;
  return rounded.toLocaleString('en-US', { maximumFractionDigits: 2 });
}

/** A resource as items and runbooks name it: its logical id in code style. */
export const code = (name: string) => `\`${name}\``;

/** `1 queue`, `3 queues`: English counts; Chinese needs no plural. */
export const count = (value: number, noun: string, plural = `${noun}s`) => `${num(value)} ${value === 1 ? noun : plural}`;
