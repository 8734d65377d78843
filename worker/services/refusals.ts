/**
 * Why a set of files cannot be checked, in the API's error shape: the same refusals for an upload and for the
 * upload page's private check, so the page explains both with one table of texts (site/scripts/upload-errors.ts).
 */
import { checkableKinds, checkableNames, type Diagnostic, type Report } from '../../checks/index.ts';
import { maxFiles, maxTotalBytes, type ApiErrorBody } from '../schemas/reviews.ts';

const megabytes = (bytes: number) => `${Math.round((bytes / 1_048_576) * 10) / 10} MB`;

/** More files or bytes than one review takes (both counted after unpacking), or nothing to say. */
export function overLimits(files: Uint8Array[]): ApiErrorBody | undefined {
  if (files.length > maxFiles) return { code: 'too-many-files', message: `${files.length} files sent; a review takes at most ${maxFiles}` };
  const totalBytes = files.reduce((sum, bytes) => sum + bytes.byteLength, 0);
  if (totalBytes > maxTotalBytes) return { code: 'too-large', message: `${megabytes(totalBytes)} sent; a review takes at most ${megabytes(maxTotalBytes)} in total` };
  return undefined;
}

export const unsupportedFile = (name: string): ApiErrorBody => ({
  code: 'unsupported-type',
  message: `${name}: only ${checkableNames} can be checked`,
  file: name,
});

/** A file the engine could not read: too large or too many resources as such, anything else `invalid-template` with the engine's reason. */
export function unreadableTemplate(diagnostic: Diagnostic): ApiErrorBody {
  const named = diagnostic.code === 'too-large' || diagnostic.code === 'too-many-resources';
  return {
    ...(named ? { code: diagnostic.code } : { code: 'invalid-template', reason: diagnostic.code }),
    message: `${diagnostic.file}${diagnostic.line ? `:${diagnostic.line}:${diagnostic.column}` : ''}: ${diagnostic.message}`,
    file: diagnostic.file,
    ...(diagnostic.line ? { line: diagnostic.line } : {}),
    ...(diagnostic.column ? { column: diagnostic.column } : {}),
  };
}

/** Every file was read, none of them in a format the engine checks. */
export const noTemplates = (report: Pick<Report, 'diagnostics'>): ApiErrorBody => ({
  code: 'no-templates',
  message: `nothing to check: the files are not ${checkableKinds} (${report.diagnostics.map((diagnostic) => `${diagnostic.file}: ${diagnostic.message}`).join('; ')})`,
});

/** An archive whose entries were all left out by name. */
export const emptyArchive = (skipped: Pick<Diagnostic, 'file'>[]): ApiErrorBody => {
  const names = skipped.map((diagnostic) => diagnostic.file).join(', ');
  return { code: 'no-templates', message: `the archive holds no ${checkableKinds}${names ? ` (left out: ${names})` : ''}` };
};
