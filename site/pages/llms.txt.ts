/** `/llms.txt` (llmstxt.org): the English guides as a Markdown index for AI assistants; see site/lib/exports/llms-txt.ts. */
import type { APIRoute } from 'astro';
import { exportGuides } from '../lib/exports/from-collection.ts';
import { llmsTxt } from '../lib/exports/llms-txt.ts';

export const GET: APIRoute = async () => {
  return new Response(llmsTxt(await exportGuides('en')), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
