/**
 * Expanding a `.zip` of a project into template files, safely: the same code runs in the Worker (API uploads)
 * and in the browser (the private check). Paths inside the archive are kept as they are (`infra/net/vpc.yaml`),
 * without the archive's own name in front, so a zip of a folder reports the paths a checkout of it would.
 *
 * Zip bombs are refused twice: first from the sizes the central directory declares (nothing is inflated yet),
 * then while inflating, since declared sizes can lie. Input is fed to the inflater in small slices, so even a
 * lying entry cannot produce more than about one slice × 1032 (deflate's maximum ratio) beyond the limit.
 */
import { Unzip, UnzipInflate, UnzipPassThrough, unzipSync, type UnzipFile } from 'fflate';
import type { Report } from '../report/schema.ts';
import type { Diagnostic } from './diagnostic.ts';
import { checkableNames, isCheckableName } from '../formats/index.ts';

export interface ArchiveLimits {
  /** Uncompressed bytes all kept entries may add up to. */
  maxTotalBytes: number;
  /** Template files the archive may hold. */
  maxFiles: number;
  /** Entries of any kind (directories and skipped files too), so a million empty entries cannot stall a reader. */
  maxEntries?: number;
  /** Uncompressed ÷ compressed size of one entry; real templates compress about 5–15:1. */
  maxRatio?: number;
}

export interface ArchiveFile {
  path: string;
  bytes: Uint8Array;
}

export interface ExpandedArchive {
  files: ArchiveFile[];
  /** Entries left out because they are not templates, reported like any other skipped file. */
  skipped: Diagnostic[];
}

/** Why an archive was refused; `status` is the HTTP status the API answers with. */
export class ArchiveError extends Error {
  readonly status: 413 | 415;
  readonly code: string;
  readonly file: string;

  constructor(status: 413 | 415, code: string, file: string, message: string) {
    super(message);
    this.status = status;
    this.code = code;
    this.file = file;
  }
}

export const archiveName = /\.zip$/i;
const nestedArchiveName = /\.(zip|jar|war|ear|tar|tgz|gz|bz2|xz|zst|7z|rar)$/i;
const defaultMaxEntries = 1000;
const defaultMaxRatio = 100;
// Small files are never a bomb on their own (the total limit bounds them), and a short file of repeated lines
// can honestly compress better than 100:1; the ratio applies only above this size.
const ratioFloorBytes = 64 * 1024;
// Compressed bytes handed to the inflater at a time: bounds what one push can produce to about 4 MB.
const sliceBytes = 4096;

/** Keeps a name readable and inside the project: no traversal, absolute paths, backslashes or control characters. */
export function cleanArchivePath(name: string): string {
  return name
    .replace(/[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '')
    .replace(/\\/g, '/')
    .split('/')
    .filter((part) => part !== '' && part !== '.' && part !== '..' && !/^[A-Za-z]:$/.test(part))
    .join('/');
}

type EntryKind = 'directory' | 'hidden' | 'nested-archive' | 'template' | 'other';

function kindOf(path: string, rawName: string): EntryKind {
  if (rawName.endsWith('/') || rawName.endsWith('\\') || path === '') return 'directory';
  // macOS adds __MACOSX/._name resource forks and .DS_Store; the CLI skips dot files the same quiet way.
  if (path.split('/').some((part) => part.startsWith('.') || part === '__MACOSX')) return 'hidden';
  if (nestedArchiveName.test(path)) return 'nested-archive';
  return isCheckableName(path) ? 'template' : 'other';
}

const megabytes = (bytes: number) => `${(bytes / 1_048_576).toFixed(bytes < 1_048_576 ? 2 : 1)} MB`;

/**
 * Expands the template files of a zip archive.
 *
 * @example
 * const { files, skipped } = expandZip('project.zip', bytes, { maxTotalBytes: 5 * 1024 * 1024, maxFiles: 50 });
 * // files: [{ path: 'infra/net/vpc.yaml', bytes }], skipped: [{ level: 'skipped', file: 'README.md', … }]
 */
export function expandZip(archive: string, bytes: Uint8Array, limits: ArchiveLimits): ExpandedArchive {
  const maxEntries = limits.maxEntries ?? defaultMaxEntries;
  const maxRatio = limits.maxRatio ?? defaultMaxRatio;
  const where = (path: string) => `${archive}: ${path}`;

  // Pass one: the central directory's declared sizes, before anything is inflated.
  const compressedSizes = new Map<string, number>();
  let entries = 0;
  let declaredTotal = 0;
  let templates = 0;
  try {
    unzipSync(bytes, {
      filter(info) {
        if (++entries > maxEntries) throw new ArchiveError(413, 'too-many-entries', archive, `${archive} holds more than ${maxEntries} entries`);
        const path = cleanArchivePath(info.name);
        const kind = kindOf(path, info.name);
        if (kind === 'nested-archive') throw new ArchiveError(415, 'nested-archive', where(path), `${where(path)} is an archive inside the archive; unpack it and upload its templates`);
        if (kind !== 'template') return false;
        if (info.compression !== 0 && info.compression !== 8) {
          throw new ArchiveError(415, 'unsupported-compression', where(path), `${where(path)} uses a compression method other than deflate; re-create the zip with a standard tool`);
        }
        if (++templates > limits.maxFiles) throw new ArchiveError(413, 'too-many-files', archive, `${archive} holds more than ${limits.maxFiles} templates; a review takes at most ${limits.maxFiles}`);
        declaredTotal += info.originalSize;
        if (declaredTotal > limits.maxTotalBytes) throw tooLarge(archive, declaredTotal, limits.maxTotalBytes);
        if (info.originalSize > ratioFloorBytes && info.originalSize > info.size * maxRatio) throw tooCompressed(where(path), maxRatio);
        compressedSizes.set(info.name, info.size);
        return false;
      },
    });
  } catch (error) {
    if (error instanceof ArchiveError) throw error;
    throw new ArchiveError(415, 'invalid-archive', archive, `${archive} is not a readable zip archive`);
  }

  // Pass two: inflate the kept entries, counting every byte that comes out.
  const files: ArchiveFile[] = [];
  const skipped: Diagnostic[] = [];
  let total = 0;
  let failure: unknown;
  const unzip = new Unzip((file: UnzipFile) => {
    const path = cleanArchivePath(file.name);
    const kind = kindOf(path, file.name);
    if (kind === 'other') skipped.push({ level: 'skipped', code: 'not-a-template', message: `not a file Plumbline checks (${checkableNames}); left out`, file: path });
    if (kind !== 'template') return;
    // A local header the central directory does not list is how one archive shows two readers different files.
    const compressed = compressedSizes.get(file.name);
    if (compressed === undefined) {
      failure ??= new ArchiveError(415, 'invalid-archive', where(path), `${where(path)} is not listed in the archive's directory; re-create the zip with a standard tool`);
      return;
    }
    const chunks: Uint8Array[] = [];
    let size = 0;
    file.ondata = (error, chunk, final) => {
      if (failure) return;
      if (error) {
        failure = new ArchiveError(415, 'invalid-archive', where(path), `${where(path)} could not be unpacked (${error.message})`);
        return;
      }
      size += chunk.length;
      total += chunk.length;
      if (total > limits.maxTotalBytes) failure = tooLarge(archive, total, limits.maxTotalBytes);
      else if (size > ratioFloorBytes && size > compressed * maxRatio) failure = tooCompressed(where(path), maxRatio);
      if (failure) {
        file.terminate();
        return;
      }
      chunks.push(chunk);
      if (final) files.push({ path, bytes: concat(chunks, size) });
    };
    file.start();
  });
  unzip.register(UnzipInflate);
  unzip.register(UnzipPassThrough);
  try {
    for (let offset = 0; offset < bytes.length && !failure; offset += sliceBytes) {
      const end = Math.min(offset + sliceBytes, bytes.length);
      unzip.push(bytes.subarray(offset, end), end === bytes.length);
    }
  } catch (error) {
    failure ??= error instanceof ArchiveError ? error : new ArchiveError(415, 'invalid-archive', archive, `${archive} is not a readable zip archive`);
  }
  if (failure) throw failure;
  if (files.length !== templates) throw new ArchiveError(415, 'invalid-archive', archive, `${archive} is truncated or damaged; re-create the zip and upload again`);
  return { files, skipped };
}

/**
 * Replaces each `.zip` among the files with the templates inside it. The limits hold for what comes out: each
 * archive gets only what the files before it left of the budget.
 *
 * @example
 * const { files, skipped } = expandArchives([{ path: 'project.zip', bytes }, { path: 'extra.yaml', bytes: more }], limits);
 */
export function expandArchives(files: ArchiveFile[], limits: ArchiveLimits): ExpandedArchive {
  const expanded = files.filter((file) => !archiveName.test(file.path));
  if (expanded.length === files.length) return { files, skipped: [] };
  const skipped: Diagnostic[] = [];
  let usedBytes = expanded.reduce((sum, file) => sum + file.bytes.byteLength, 0);
  for (const archive of files.filter((file) => archiveName.test(file.path))) {
    const inside = expandZip(archive.path, archive.bytes, { ...limits, maxTotalBytes: Math.max(0, limits.maxTotalBytes - usedBytes), maxFiles: Math.max(0, limits.maxFiles - expanded.length) });
    for (const file of inside.files) {
      expanded.push(file);
      usedBytes += file.bytes.byteLength;
    }
    skipped.push(...inside.skipped);
  }
  return { files: expanded, skipped };
}

/** Entries an archive held that are not templates: counted and listed in the report like any skipped file. */
export function withSkippedEntries(report: Report, skipped: Diagnostic[]): Report {
  if (skipped.length === 0) return report;
  return {
    ...report,
    summary: { ...report.summary, files: report.summary.files + skipped.length, skipped: report.summary.skipped + skipped.length },
    diagnostics: [...report.diagnostics, ...skipped],
    files: [...report.files, ...skipped.map((diagnostic) => ({ path: diagnostic.file, status: 'skipped' as const }))],
  };
}

function tooLarge(archive: string, bytes: number, limit: number): ArchiveError {
  return new ArchiveError(413, 'too-large', archive, `${archive} unpacks to more than ${megabytes(bytes)}; a review takes at most ${megabytes(limit)} in total`);
}

function tooCompressed(entry: string, ratio: number): ArchiveError {
  return new ArchiveError(413, 'compression-ratio', entry, `${entry} is compressed more than ${ratio}:1, which templates never are; refused as a possible zip bomb`);
}

function concat(chunks: Uint8Array[], size: number): Uint8Array {
  if (chunks.length === 1) return chunks[0]!;
  const joined = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    joined.set(chunk, offset);
    offset += chunk.length;
  }
  return joined;
}
