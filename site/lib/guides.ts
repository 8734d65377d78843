/** Reading guides from the content collection, by language, with their language-independent slug. */
import { getCollection, type CollectionEntry } from 'astro:content';
import type { Locale } from '../i18n/locales';

export type GuideEntry = CollectionEntry<'guides'>;

/** A guide as shown in one language: its own copy, or the English text when not yet translated. */
export interface LocalizedGuide {
  slug: string;
  entry: GuideEntry;
  /** True when `entry` is the English original standing in for a missing translation. */
  fallback: boolean;
}

/** `en/s3-block-public-access` → `s3-block-public-access` */
export function guideSlug(entry: GuideEntry): string {
  return entry.id.slice(entry.id.indexOf('/') + 1);
}

export async function guidesIn(locale: Locale): Promise<GuideEntry[]> {
  const entries = await getCollection('guides', (entry) => entry.data.lang === locale);
  return entries.sort((a, b) => a.data.id.localeCompare(b.data.id));
}

/** Every guide in the given language, English standing in where a translation is missing. */
export async function guidesFor(locale: Locale): Promise<LocalizedGuide[]> {
  const english = await guidesIn('en');
  const local = locale === 'en' ? new Map<string, GuideEntry>() : new Map((await guidesIn(locale)).map((entry) => [guideSlug(entry), entry]));
  return english.map((entry) => {
    const slug = guideSlug(entry);
    const translated = locale === 'en' ? entry : local.get(slug);
    return translated ? { slug, entry: translated, fallback: false } : { slug, entry, fallback: true };
  });
}
