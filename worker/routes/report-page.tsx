/**
 * GET /reviews/:id and /zh-cn/reviews/:id: the shareable HTML report, rendered on the edge once and then
 * served from R2 (a report is immutable until deleted; the cache key changes when its files expire).
 */
import type { Context } from 'hono';
import { createRouter, type AppEnv } from '../app.ts';
import { findReview } from '../db/reviews.ts';
import { pageHeaders } from '../middleware/security-headers.ts';
import { ReportPage } from '../pages/report-page.tsx';
import { loadReview } from '../services/reviews.ts';
import { getBlob } from '../storage/files.ts';
import { getRenderedPage, putRenderedPage, renderedPageKey } from '../storage/pages.ts';
import { reviewDeps } from './reviews.ts';

const pageResponseHeaders = { 'Cache-Control': 'private, no-store', 'X-Robots-Tag': 'noindex' };

async function render(c: Context<AppEnv>, id: string, language: 'en' | 'zh-cn'): Promise<string> {
  const deps = reviewDeps(c);
  const { row, files, report } = await loadReview(deps, id);
  const sources = new Map<string, string>();
  if (row.files_deleted_at === null) {
    await Promise.all(
      files.map(async (file) => {
        const text = await getBlob(deps.files, file.sha256);
        if (text !== undefined) sources.set(file.path, text);
      }),
    );
  }
  const page = (
    <ReportPage
      id={row.id}
      language={language}
      createdAt={row.created_at}
      filesExpireAt={row.files_expire_at}
      filesDeleted={row.files_deleted_at !== null}
      files={files.map((file) => ({ path: file.path, size: file.size }))}
      report={report}
      sources={sources}
    />
  );
  return `<!doctype html>${await page.toString()}`;
}

function route(language: 'en' | 'zh-cn') {
  const router = createRouter().use('*', pageHeaders);
  const show = async (c: Context<AppEnv>) => {
    const id = c.req.param('id') ?? '';
    const { db, files } = c.get('deps');
    const row = /^[A-Za-z0-9_-]{22}$/.test(id) ? await findReview(db, id) : null;
    if (!row) {
      const notFound = await c.env.ASSETS.fetch(new URL(language === 'zh-cn' ? '/zh-cn/404.html' : '/404.html', c.req.url));
      return new Response(notFound.body, { status: 404, headers: notFound.headers });
    }
    const key = renderedPageKey(id, language, row.files_deleted_at === null);
    const cached = await getRenderedPage(files, key);
    if (cached !== undefined) return c.html(cached, 200, { ...pageResponseHeaders, 'X-Plumbline-Page-Cache': 'hit' });
    const html = await render(c, id, language);
    // Deleted while rendering? Then leave no page behind for it.
    if (await findReview(db, id)) await putRenderedPage(files, key, html);
    return c.html(html, 200, { ...pageResponseHeaders, 'X-Plumbline-Page-Cache': 'miss' });
  };
  // Shared links get a trailing slash added by chat apps and editors: serve both.
  router.get('/:id', show);
  router.get('/:id/', show);
  return router;
}

export const reportPagesEn = route('en');
export const reportPagesZh = route('zh-cn');
