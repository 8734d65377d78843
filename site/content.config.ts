/** Astro content collections: guides in every language, validated by the shared guide schema. */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { GuideFrontmatter } from './schemas/guide';

const guides = defineCollection({
  // Entry ids look like `en/s3-block-public-access`; the slug is the part after the language.
  loader: glob({ pattern: '*/*.mdx', base: './site/content/guides' }),
  schema: GuideFrontmatter,
});

export const collections = { guides };
