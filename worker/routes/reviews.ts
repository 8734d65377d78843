/** The review API: POST a template set, GET the report in any format, DELETE with the token given at upload. */
import type { Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { renderJunit, renderMarkdown, renderSarif, allRules } from '../../checks/index.ts';
import { createRouter, type AppEnv } from '../app.ts';
import { sameOriginOnly } from '../middleware/same-origin.ts';
import { CreateReviewJson, fileRetentionDays, maxTotalBytes } from '../schemas/reviews.ts';
import { ApiFailure } from '../services/errors.ts';
import { createReview, deleteReview, loadReview, type ReviewDeps, type UploadFile } from '../services/reviews.ts';
import { humanCheckFromEnv } from '../services/turnstile.ts';

export function reviewDeps(c: Context<AppEnv>): ReviewDeps {
  // Guide links are stored in the report: never build them from the request's Host header.
  const { db, files, now, origin } = c.get('deps');
  return { db, files, now, guideBaseUrl: origin };
}

const reportPath = (id: string, language: string) => `${language === 'zh-cn' ? '/zh-cn' : ''}/reviews/${id}`;

interface Upload {
  files: UploadFile[];
  params?: Record<string, string>;
  language?: string;
  /** Turnstile token, when the human check is on. */
  humanToken?: string;
}

async function readUpload(c: Context<AppEnv>): Promise<Upload> {
  const type = c.req.header('content-type') ?? '';
  if (type.startsWith('multipart/form-data')) {
    const form = await c.req.formData().catch(() => {
      throw new ApiFailure(400, { code: 'invalid-body', message: 'the multipart body could not be read' });
    });
    const files: UploadFile[] = [];
    for (const entry of form.getAll('files')) {
      if (typeof entry === 'string') continue;
      files.push({ name: entry.name, bytes: new Uint8Array(await entry.arrayBuffer()) });
    }
    const paramsField = form.get('params');
    let params: Record<string, string> | undefined;
    if (typeof paramsField === 'string' && paramsField.trim() !== '') {
      try {
        params = CreateReviewJson.shape.params.unwrap().parse(JSON.parse(paramsField));
      } catch {
        throw new ApiFailure(400, { code: 'invalid-params', message: 'the "params" field must be a JSON object of strings, e.g. {"Environment":"prod"}' });
      }
    }
    const language = form.get('language');
    const humanToken = form.get('cf-turnstile-response');
    return { files, ...(params ? { params } : {}), ...(typeof language === 'string' ? { language } : {}), ...(typeof humanToken === 'string' ? { humanToken } : {}) };
  }
  if (type.startsWith('application/json')) {
    const body = await c.req.json().catch(() => {
      throw new ApiFailure(400, { code: 'invalid-json', message: 'the request body is not valid JSON' });
    });
    const parsed = CreateReviewJson.safeParse(body);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      const status = issue.code === 'too_big' && issue.path.join('.') === 'files' ? 413 : 400;
      throw new ApiFailure(status, { code: status === 413 ? 'too-many-files' : 'invalid-body', message: `${issue.path.join('.') || 'body'}: ${issue.message}` });
    }
    const archive = parsed.data.files.find((file) => /\.zip$/i.test(file.name));
    if (archive) {
      throw new ApiFailure(415, { code: 'unsupported-type', message: `${archive.name}: send .zip archives as multipart/form-data; JSON carries template text only`, file: archive.name });
    }
    const encoder = new TextEncoder();
    return {
      files: parsed.data.files.map((file) => ({ name: file.name, bytes: encoder.encode(file.content) })),
      ...(parsed.data.params ? { params: parsed.data.params } : {}),
      ...(parsed.data.language ? { language: parsed.data.language } : {}),
      ...(parsed.data.turnstileToken ? { humanToken: parsed.data.turnstileToken } : {}),
    };
  }
  throw new ApiFailure(415, { code: 'unsupported-media-type', message: 'send multipart/form-data with "files" fields, or application/json { "files": [{ "name", "content" }] }' });
}

export const reviewsApi = createRouter()
  .post(
    '/',
    sameOriginOnly,
    async (c, next) => {
      // Per-client limit, before any body is read.
      const key = c.req.header('cf-connecting-ip') ?? 'local';
      const { success } = await c.env.UPLOAD_LIMITER.limit({ key });
      if (!success) {
        c.header('Retry-After', '60');
        throw new ApiFailure(429, { code: 'rate-limited', message: 'too many reviews from this address; try again in a minute' });
      }
      await next();
    },
    bodyLimit({
      // Multipart and JSON framing add a little to the 5 MB of files; the service checks the files exactly.
      maxSize: maxTotalBytes + 512 * 1024,
      onError: () => {
        throw new ApiFailure(413, { code: 'too-large', message: `the upload is larger than ${maxTotalBytes / 1_048_576} MB` });
      },
    }),
    async (c) => {
      const upload = await readUpload(c);
      const humanCheck = humanCheckFromEnv(c.env);
      if (humanCheck && !(await humanCheck.verify(upload.humanToken, c.req.header('cf-connecting-ip')))) {
        throw new ApiFailure(403, { code: 'human-check-failed', message: 'the human check (Turnstile) did not pass; complete it and try again' });
      }
      const created = await createReview(reviewDeps(c), upload);
      const { report } = created;
      return c.json(
        {
          id: created.id,
          url: reportPath(created.id, upload.language ?? 'en'),
          deleteToken: created.deleteToken,
          summary: report.summary,
          scores: report.scores,
          findings: report.findings,
          diagnostics: report.diagnostics,
        },
        201,
        { Location: `/api/reviews/${created.id}`, 'Cache-Control': 'no-store' },
      );
    },
  )
  .get('/:id', async (c) => {
    const { row, files, report } = await loadReview(reviewDeps(c), c.req.param('id'));
    const format = c.req.query('format') ?? 'json';
    const download = { 'Content-Disposition': `attachment; filename="plumbline-${row.id}` };
    // A report is private to whoever holds its link: no shared cache may keep it, in any format.
    c.header('Cache-Control', 'private, no-store');
    switch (format) {
      case 'sarif':
        return c.body(renderSarif(report, allRules, new URL(c.req.url).origin), 200, { 'Content-Type': 'application/sarif+json', 'Content-Disposition': `${download['Content-Disposition']}.sarif"` });
      case 'markdown':
        // In the language the report was made in, like its page.
        return c.body(renderMarkdown(report, row.language === 'zh-cn' ? 'zh-cn' : 'en'), 200, {
          'Content-Type': 'text/markdown; charset=utf-8',
          'Content-Disposition': `${download['Content-Disposition']}.md"`,
        });
      case 'junit':
        return c.body(renderJunit(report), 200, { 'Content-Type': 'application/xml; charset=utf-8', 'Content-Disposition': `${download['Content-Disposition']}.xml"` });
      case 'json':
        return c.json({
          id: row.id,
          url: reportPath(row.id, row.language),
          createdAt: new Date(row.created_at).toISOString(),
          filesExpireAt: new Date(row.files_expire_at).toISOString(),
          filesDeleted: row.files_deleted_at !== null,
          retentionDays: fileRetentionDays,
          files: files.map((file) => ({ path: file.path, size: file.size })),
          report,
        });
      default:
        throw new ApiFailure(400, { code: 'unknown-format', message: `unknown format "${format}"; use json, sarif, markdown or junit` });
    }
  })
  .delete('/:id', async (c) => {
    const header = c.req.header('authorization');
    const token = header?.startsWith('Bearer ') ? header.slice(7).trim() : undefined;
    await deleteReview(reviewDeps(c), c.req.param('id'), token);
    return c.body(null, 204);
  });
