/**
 * GET /reviews/:id and /zh-cn/reviews/:id: the shareable HTML report, rendered on the edge once and then
 * served from R2 (a report is immutable until deleted; the cache key changes when its files expire).
 * /reviews/:id/delete: the confirmation that deletes it with its token, and a deleted report's 410 page.
 */
import type { Context } from 'hono';
import { createRouter, type AppEnv } from '../app.ts';
import { deletedAt, findReview, type ReviewRow } from '../db/reviews.ts';
import { csrfProtection } from '../middleware/csrf.ts';
import { pageHeaders } from '../middleware/security-headers.ts';
import { DeleteConfirmPage, ReportDeletedPage, reportPath, type DeleteConfirmProps } from '../pages/report-delete.tsx';
import { ReportPage } from '../pages/report-page.tsx';
import { htmlDocument } from '../pages/shell.tsx';
import { ApiFailure } from '../services/errors.ts';
import { fileRetentionDays } from '../schemas/reviews.ts';
import { deleteReview, loadReview } from '../services/reviews.ts';
import { getBlob } from '../storage/files.ts';
import { getRenderedPage, putRenderedPage, renderedPageKey } from '../storage/pages.ts';
import { reviewDeps } from './reviews.ts';

type Language = 'en' | 'zh-cn';
const pageResponseHeaders = { 'Cache-Control': 'private, no-store', 'X-Robots-Tag': 'noindex' };
const reviewId = /^[A-Za-z0-9_-]{22}$/;

async function render(c: Context<AppEnv>, id: string, language: Language): Promise<string> {
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
      retentionDays={fileRetentionDays}
      filesDeleted={row.files_deleted_at !== null}
      files={files.map((file) => ({ path: file.path, size: file.size }))}
      report={report}
      sources={sources}
    />
  );
  return `<!doctype html>${await page.toString()}`;
}

/** The review behind a page, or the answer for a link that has none: 410 if it was deleted, 404 if it never was. */
async function reviewOrAnswer(c: Context<AppEnv>, language: Language): Promise<{ id: string; row: ReviewRow } | { answer: Response }> {
  const id = c.req.param('id') ?? '';
  const { db } = c.get('deps');
  const row = reviewId.test(id) ? await findReview(db, id) : null;
  if (row) return { id, row };
  const deleted = reviewId.test(id) ? await deletedAt(db, id) : null;
  if (deleted !== null) {
    return { answer: await c.html(await htmlDocument(<ReportDeletedPage language={language} id={id} deletedAt={deleted} />), 410, pageResponseHeaders) };
  }
  const notFound = await c.env.ASSETS.fetch(new URL(language === 'zh-cn' ? '/zh-cn/404.html' : '/404.html', c.req.url));
  return { answer: new Response(notFound.body, { status: 404, headers: notFound.headers }) };
}

function route(language: Language) {
  const router = createRouter().use('*', pageHeaders);
  const show = async (c: Context<AppEnv>) => {
    const found = await reviewOrAnswer(c, language);
    if ('answer' in found) return found.answer;
    const { id, row } = found;
    const { db, files } = c.get('deps');
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

  // The confirmation is its own page: the report page is cached and shared, so it cannot carry a CSRF token.
  router.use('/:id/delete', csrfProtection);
  const confirm = async (c: Context<AppEnv>, id: string, status: 200 | 403 | 422, error?: DeleteConfirmProps['error']) => {
    const { row, files, report } = await loadReview(reviewDeps(c), id);
    const page = (
      <DeleteConfirmPage
        language={language}
        id={id}
        csrfToken={c.get('csrfToken')}
        createdAt={row.created_at}
        findings={report.findings.filter((finding) => !finding.suppressed).length}
        files={files.map((file) => file.path)}
        error={error}
      />
    );
    return c.html(await htmlDocument(page), status, pageResponseHeaders);
  };
  router.get('/:id/delete', async (c) => {
    const found = await reviewOrAnswer(c, language);
    return 'answer' in found ? found.answer : confirm(c, found.id, 200);
  });
  router.post('/:id/delete', async (c) => {
    const found = await reviewOrAnswer(c, language);
    if ('answer' in found) return found.answer;
    const form = await c.req.parseBody();
    const token = typeof form['token'] === 'string' ? form['token'].trim() : '';
    if (token === '') return confirm(c, found.id, 422, 'missing');
    try {
      await deleteReview(reviewDeps(c), found.id, token);
    } catch (error) {
      if (error instanceof ApiFailure && error.body.code === 'wrong-token') return confirm(c, found.id, 403, 'wrong');
      throw error;
    }
    // The report's own link now answers with the deleted page, which also clears the token this browser kept.
    return c.redirect(reportPath(language, found.id), 303);
  });
  return router;
}

export const reportPagesEn = route('en');
export const reportPagesZh = route('zh-cn');
