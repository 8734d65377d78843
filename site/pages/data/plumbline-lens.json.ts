/** `/data/plumbline-lens.json`: the English guides as an AWS Well-Architected Tool custom lens; see site/lib/exports/lens.ts. */
import type { APIRoute } from 'astro';
import { exportGuides } from '../../lib/exports/from-collection.ts';
import { plumblineLensJson } from '../../lib/exports/lens.ts';

export const GET: APIRoute = async () => {
  const body = plumblineLensJson(await exportGuides('en'));
  return new Response(body, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
