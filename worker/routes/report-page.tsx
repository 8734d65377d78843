/** GET /reviews/:id and /zh-cn/reviews/:id: the shareable HTML report, rendered on the edge. */
import { createRouter } from '../app.ts';
import { pageHeaders } from '../middleware/security-headers.ts';
import { ReportPage } from '../pages/report-page.tsx';
import { ApiFailure } from '../services/errors.ts';
import { loadReview } from '../services/reviews.ts';
import { getBlob } from '../storage/files.ts';
import { reviewDeps } from './reviews.ts';

function route(language: 'en' | 'zh-cn') {
  const router = createRouter().use('*', pageHeaders);
  // Shared links get a trailing slash added by chat apps and editors: serve both.
  for (const path of ['/:id', '/:id/']) router.get(path, async (c) => {
      const deps = reviewDeps(c);
      let review;
      try {
        review = await loadReview(deps, c.req.param('id') ?? '');
      } catch (error) {
        if (error instanceof ApiFailure && error.status === 404) return c.env.ASSETS.fetch(new URL(language === 'zh-cn' ? '/zh-cn/404.html' : '/404.html', c.req.url)).then((page) => new Response(page.body, { status: 404, headers: page.headers }));
        throw error;
      }
      const { row, files, report } = review;
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
      return c.html(`<!doctype html>${await page.toString()}`, 200, { 'Cache-Control': 'private, no-store', 'X-Robots-Tag': 'noindex' });
    });
  return router;
}

export const reportPagesEn = route('en');
export const reportPagesZh = route('zh-cn');
