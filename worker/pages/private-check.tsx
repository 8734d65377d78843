/**
 * The private check, as the browser runs it: the same engine and the same report markup as the server, with
 * nothing sent anywhere. Built by esbuild into `dist/js/engine.js` (see `npm run build:engine`) and loaded by
 * the upload page only when someone asks for a private check.
 */
import { ArchiveError, checkSources, expandArchives, isCheckableName, maskSecrets, prepareTerraform, withSkippedEntries, type Report } from '../../checks/index.ts';
import { terraformWasmFrom } from '../../checks/browser.ts';
import { maxFiles, maxTotalBytes, type ApiErrorBody } from '../schemas/reviews.ts';
import { noTemplates, overLimits, unreadableTemplate, unsupportedFile } from '../services/refusals.ts';
import { ReportBody } from './report-page.tsx';

export interface PrivateFile {
  path: string;
  bytes: Uint8Array;
}

/** The report, or why the files cannot be checked: the refusal the API would give for the same upload. */
export type PrivateCheck = { ok: true; report: Report; html: string; files: { path: string; size: number }[] } | { ok: false; error: ApiErrorBody };

/** Mirrors the API's limits and refusals, so a private check and a shared one agree on what can be checked. */
function expand(files: PrivateFile[]): { files: PrivateFile[]; skipped: Report['diagnostics'] } | { error: ApiErrorBody } {
  let expanded: PrivateFile[];
  let skipped: Report['diagnostics'];
  try {
    ({ files: expanded, skipped } = expandArchives(files, { maxTotalBytes, maxFiles }));
  } catch (error) {
    if (error instanceof ArchiveError) return { error: { code: error.code, message: error.message, file: error.file } };
    throw error;
  }
  const refusal = overLimits(expanded.map((file) => file.bytes));
  if (refusal) return { error: refusal };
  const unsupported = expanded.find((file) => !isCheckableName(file.path));
  if (unsupported) return { error: unsupportedFile(unsupported.path) };
  return { files: expanded, skipped };
}

/**
 * Checks files on this device and renders the report body (scores, findings, skipped files) as HTML.
 *
 * @example
 * const result = await checkPrivately([{ path: 'stack.yaml', bytes }], 'en', location.origin);
 * if (result.ok) container.innerHTML = result.html;
 */
export async function checkPrivately(files: PrivateFile[], language: 'en' | 'zh-cn', guideBaseUrl: string): Promise<PrivateCheck> {
  const expanded = expand(files);
  if ('error' in expanded) return { ok: false, error: expanded.error };
  // The parser (about 290 KB) is fetched only when a file may be Terraform; a failed load refuses those files by name.
  if (expanded.files.some((file) => /\.(tf|tfvars|json)$/i.test(file.path))) await prepareTerraform(terraformWasmFrom(import.meta.url)).catch(() => {});
  const checked = checkSources(
    expanded.files.map((file) => ({ path: file.path, content: file.bytes })),
    { guideBaseUrl },
  );
  const report = withSkippedEntries(checked, expanded.skipped);
  const firstError = report.diagnostics.find((diagnostic) => diagnostic.level === 'error');
  if (firstError) return { ok: false, error: unreadableTemplate(firstError) };
  if (report.summary.checked === 0) return { ok: false, error: noTemplates(report) };

  // Shown exactly as the server shows a stored report: secrets masked, lines and columns unchanged.
  const decoder = new TextDecoder();
  const sources = new Map(expanded.files.map((file) => [file.path, maskSecrets(decoder.decode(file.bytes)).text]));
  const html = await (<ReportBody report={report} sources={sources} language={language} />).toString();
  return { ok: true, report, html, files: expanded.files.map((file) => ({ path: file.path, size: file.bytes.byteLength })) };
}
