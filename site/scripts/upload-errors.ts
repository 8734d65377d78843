/**
 * Why an upload or a private check failed, in the page's language: the API's error body (or the private check's,
 * which has the same shape) mapped to the texts of site/i18n/upload.ts, with the file and line where given.
 */
import type { UploadTexts } from '../i18n/upload';

/** The API's `error` object; `network` when no answer came. */
export interface UploadFailure {
  code: string;
  message?: string;
  reason?: string;
  file?: string;
  line?: number;
  column?: number;
}

/** What the error summary shows for one failure. */
export interface ExplainedFailure {
  text: string;
  /** `file:line:column`, as far as known. */
  where?: string;
  /** The API's own (English) message, shown on English pages only. */
  detail?: string;
}

/** A failed request's failure: the API's error body, or one made from its status when there is none. */
export function failureOf(status: number, body: unknown): UploadFailure {
  const error = (body as { error?: UploadFailure } | null)?.error;
  if (error && typeof error.code === 'string') return error;
  if (status === 0) return { code: 'network' };
  const byStatus: Record<number, string> = { 413: 'too-large', 415: 'unsupported-type', 429: 'rate-limited', 503: 'storage-unavailable' };
  return { code: byStatus[status] ?? 'unknown', message: `HTTP ${status}` };
}

export function explainFailure(failure: UploadFailure, texts: UploadTexts, status: number, withDetail: boolean): ExplainedFailure {
  const reason = failure.reason as keyof UploadTexts['reasons'] | undefined;
  const text =
    (reason && texts.reasons[reason]) ?? texts.errors[failure.code as keyof UploadTexts['errors']] ?? (failure.code === 'network' ? texts.network : texts.unknown.replace('{status}', String(status)));
  const where = failure.file === undefined ? undefined : [failure.file, failure.line, failure.column].filter((part) => part !== undefined).join(':');
  return { text, ...(where ? { where } : {}), ...(withDetail && failure.message ? { detail: failure.message } : {}) };
}
