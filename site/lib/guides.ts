/** Reading guides from the content collection, by language, with their language-independent slug. */
import { getCollection, type CollectionEntry } from 'astro:content';
import type { Locale } from '../i18n/locales';

export type GuideEntry = CollectionEntry<'guides'>;

/** `en/s3-block-public-access` → `s3-block-public-access` */
export function guideSlug(entry: GuideEntry): string {
  return entry.id.slice(entry.id.indexOf('/') + 1);
}

export async function guidesIn(locale: Locale): Promise<GuideEntry[]> {
  const entries = await getCollection('guides', (entry) => entry.data.lang === locale);
  return entries.sort((a, b) => a.data.id.localeCompare(b.data.id));
}
