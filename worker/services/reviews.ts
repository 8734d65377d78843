/**
 * Creating, reading and deleting automated reviews. Dependencies come in as parameters (database, bucket,
 * clock, randomness) so tests drive the real D1 and R2 bindings with a controlled clock.
 */
import {
  ArchiveError,
  archiveName,
  checkSources,
  decodeSource,
  expandArchives,
  isCheckableName,
  maskSecrets,
  prepareTerraform,
  Report,
  withSkippedEntries,
  type Diagnostic,
} from '../../checks/index.ts';
import { loadTerraformWasmInWorker } from '../../checks/worker.ts';
import { deleteReviewRows, filesOf, findReview, insertReview, unreferencedBlobs, type ReviewRow } from '../db/reviews.ts';
import { fileRetentionDays, maxFiles, maxTotalBytes } from '../schemas/reviews.ts';
import { deleteBlobs, putBlob, sha256Hex } from '../storage/files.ts';
import { deleteRenderedPages } from '../storage/pages.ts';
import { deleteReport, getReportJson, putReport } from '../storage/reports.ts';
import { ApiFailure } from './errors.ts';
import { emptyArchive, noTemplates, overLimits, unreadableTemplate, unsupportedFile } from './refusals.ts';

const dayMs = 24 * 60 * 60 * 1000;

export interface ReviewDeps {
  db: D1Database;
  files: R2Bucket;
  now: () => number;
  guideBaseUrl: string;
}

export interface UploadFile {
  name: string;
  bytes: Uint8Array;
}

function base64url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** 128 random bits: ids cannot be guessed or enumerated. */
export function newReviewId(): string {
  return base64url(crypto.getRandomValues(new Uint8Array(16)));
}

/** Longest name kept; longer ones are cut before their extension, which the type check needs. */
const maxNameLength = 256;
// C0/C1 controls, and the bidirectional overrides and isolates (U+202E and friends) that make a name read backwards.
const unsafeCharacters = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** Names are shown and used as paths: keep them readable and free of traversal, control or bidi characters. */
export function cleanName(name: string): string {
  const cleaned = name
    .replace(unsafeCharacters, '')
    .replace(/\\/g, '/')
    .split('/')
    .filter((part) => part !== '' && part !== '.' && part !== '..')
    .join('/');
  if (cleaned === '') return 'template.yaml';
  if (cleaned.length <= maxNameLength) return cleaned;
  const extension = /\.[A-Za-z0-9]{1,10}$/.exec(cleaned)?.[0] ?? '';
  const keep = maxNameLength - extension.length - 1;
  return `${cleaned.slice(0, keep)}…${extension}`;
}

/** The engine's own decoding (UTF-8, or UTF-16 with a byte-order mark), so the API reads what the CLI reads. */
function decodeUpload(file: UploadFile): string {
  const decoded = decodeSource(file.name, file.bytes);
  if (decoded.ok) return decoded.text;
  const { code, message } = decoded.diagnostic;
  if (code === 'too-large') throw new ApiFailure(422, { code: 'too-large', message: `${file.name}: ${message}`, file: file.name });
  throw new ApiFailure(415, { code: 'unsupported-type', message: `${file.name}: ${message}`, file: file.name });
}

/** Unpacks `.zip` uploads (see checks/source/zip.ts); a refused archive becomes the API's 413 or 415. */
export function expandUploads(files: UploadFile[]): { files: UploadFile[]; skipped: Diagnostic[] } {
  try {
    const expanded = expandArchives(
      files.map((file) => ({ path: archiveName.test(file.name) ? cleanName(file.name) : file.name, bytes: file.bytes })),
      { maxTotalBytes, maxFiles },
    );
    return { files: expanded.files.map((file) => ({ name: file.path, bytes: file.bytes })), skipped: expanded.skipped };
  } catch (error) {
    if (!(error instanceof ArchiveError)) throw error;
    throw new ApiFailure(error.status, { code: error.code, message: error.message, file: error.file });
  }
}

export interface CreatedReview {
  id: string;
  deleteToken: string;
  report: Report;
}

function checkLimits(files: UploadFile[]): void {
  const refusal = overLimits(files.map((file) => file.bytes));
  if (refusal) throw new ApiFailure(413, refusal);
}

export async function createReview(deps: ReviewDeps, upload: { files: UploadFile[]; params?: Record<string, string>; language?: string }): Promise<CreatedReview> {
  if (upload.files.length === 0) throw new ApiFailure(400, { code: 'no-files', message: 'send at least one file in the "files" field' });
  checkLimits(upload.files);
  const expanded = expandUploads(upload.files);
  checkLimits(expanded.files);
  if (expanded.files.length === 0) throw new ApiFailure(422, emptyArchive(expanded.skipped));
  const files = expanded.files.map((file) => {
    const name = cleanName(file.name);
    if (!isCheckableName(name)) {
      throw new ApiFailure(415, unsupportedFile(name));
    }
    return { name, text: decodeUpload({ ...file, name }) };
  });

  // Compiled once per isolate; should it fail, the Terraform files are refused by name, never passed as clean.
  await prepareTerraform(loadTerraformWasmInWorker).catch(() => {});
  const report = withSkippedEntries(
    checkSources(
      files.map((file) => ({ path: file.name, content: file.text })),
      { ...(upload.params ? { params: upload.params } : {}), guideBaseUrl: deps.guideBaseUrl },
    ),
    expanded.skipped,
  );
  const firstError = report.diagnostics.find((diagnostic) => diagnostic.level === 'error');
  if (firstError) throw new ApiFailure(422, unreadableTemplate(firstError));
  if (report.summary.checked === 0) throw new ApiFailure(422, noTemplates(report));

  // The engine read the original text (so the API finds what the CLI finds); only masked text is stored and
  // shown. Masking keeps every line and column, so the report page highlights each finding where it is.
  const masked = files.map((file) => ({ name: file.name, text: maskSecrets(file.text).text }));

  const id = newReviewId();
  const deleteToken = base64url(crypto.getRandomValues(new Uint8Array(32)));
  const now = deps.now();
  const stored = await Promise.all(
    masked.map(async (file, ordinal) => ({ ordinal, path: file.name, text: file.text, sha256: await sha256Hex(file.text), size: new TextEncoder().encode(file.text).byteLength })),
  );
  const reportJson = JSON.stringify(report);
  const row: ReviewRow = {
    id,
    delete_token_hash: await sha256Hex(deleteToken),
    created_at: now,
    files_expire_at: now + fileRetentionDays * dayMs,
    files_deleted_at: null,
    language: upload.language === 'zh-cn' ? 'zh-cn' : 'en',
    report: '',
    findings_count: report.findings.length,
    overall_score: report.scores.overall,
    report_bytes: new TextEncoder().encode(reportJson).byteLength,
  };
  // Objects first, the rows that make them visible last: a failure at any step leaves no review behind.
  try {
    await Promise.all([...stored.map((file) => putBlob(deps.files, file.sha256, file.text)), putReport(deps.files, id, reportJson)]);
    await insertReview(
      deps.db,
      row,
      stored.map(({ ordinal, path, sha256, size }) => ({ ordinal, path, sha256, size })),
    );
  } catch (error) {
    console.error('storing a review failed', error);
    await removeUnreferenced(
      deps,
      id,
      stored.map((file) => file.sha256),
    ).catch((cleanup) => console.error('cleanup after a failed upload', cleanup));
    throw new ApiFailure(503, { code: 'storage-unavailable', message: 'the report could not be stored just now; nothing was kept, please try again in a minute' });
  }
  return { id, deleteToken, report };
}

/** Blobs no review holds any more (a shared blob stays), and this review's report object. */
async function removeUnreferenced(deps: Pick<ReviewDeps, 'db' | 'files'>, id: string, sha256s: string[]): Promise<void> {
  await deleteBlobs(deps.files, await unreferencedBlobs(deps.db, sha256s));
  await deleteReport(deps.files, id);
  await deleteRenderedPages(deps.files, id);
}

export async function loadReview(deps: ReviewDeps, id: string) {
  const row = await findReview(deps.db, id);
  if (!row) throw new ApiFailure(404, { code: 'not-found', message: 'no review with this id (it may have been deleted)' });
  const files = await filesOf(deps.db, id);
  const json = row.report !== '' ? row.report : await getReportJson(deps.files, id);
  if (json === undefined) throw new ApiFailure(500, { code: 'report-missing', message: 'the report of this review could not be read' });
  return { row, files, report: Report.parse(JSON.parse(json)) };
}

/** Constant-time comparison of two equal-length hex strings. */
function sameHash(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let difference = 0;
  for (let index = 0; index < a.length; index++) difference |= a.charCodeAt(index) ^ b.charCodeAt(index);
  return difference === 0;
}

export async function deleteReview(deps: ReviewDeps, id: string, token: string | undefined): Promise<void> {
  if (!token) throw new ApiFailure(401, { code: 'missing-token', message: 'send the delete token as "Authorization: Bearer <deleteToken>"' });
  const { row, files } = await loadReview(deps, id);
  if (!sameHash(await sha256Hex(token), row.delete_token_hash)) throw new ApiFailure(403, { code: 'wrong-token', message: 'this delete token does not belong to this review' });
  await deleteReviewRows(deps.db, id, deps.now());
  await removeUnreferenced(
    deps,
    id,
    files.map((file) => file.sha256),
  );
}
