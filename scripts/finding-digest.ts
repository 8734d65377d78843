/**
 * The finding-stability guard: every template the project ships (test fixtures, rule fixtures, readiness
 * fixtures) and, when present, `../shared/corpus`, checked one file at a time, reduced to one digest per set.
 * A refactoring of the engine must leave every digest as it was. `node scripts/finding-digest.ts` prints the
 * digests; `--write` stores them in `test/unit/finding-digest.json` (do that only when findings change on purpose).
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { checkSources } from '../checks/index.ts';
import { templateFilesUnder } from './template-files.ts';

const root = new URL('..', import.meta.url).pathname;
export const digestFile = join(root, 'test/unit/finding-digest.json');

/** The sets the guard covers; `corpus` is optional (CI-only extra). */
export const findingSets = {
  fixtures: [join(root, 'test/fixtures'), join(root, 'checks/rules'), join(root, 'checks/readiness/fixtures')],
  corpus: [join(root, '../shared/corpus')],
} as const;

export interface SetDigest {
  files: number;
  findings: number;
  sha256: string;
}

/** One line per finding (rule, file, position, severity, suppression, message) and one per file status. */
export function findingLines(directories: readonly string[]): { files: number; lines: string[] } {
  const files = directories
    .filter((directory) => existsSync(directory))
    .flatMap((directory) => templateFilesUnder(directory))
    .sort();
  const lines: string[] = [];
  for (const path of files) {
    const name = relative(root, path);
    const report = checkSources([{ path: name, content: readFileSync(path) }], { today: '2025-06-01' });
    for (const file of report.files) lines.push(`file ${file.path} ${file.status} ${file.format ?? '-'} ${file.resources ?? '-'}`);
    for (const finding of report.findings) {
      const suppressed = finding.suppressed ? `suppressed:${finding.suppressed.source}` : finding.expiredSuppression ? 'expired' : 'active';
      lines.push(
        `finding ${finding.ruleId} ${finding.file}:${finding.line}:${finding.column}-${finding.endLine}:${finding.endColumn} ${finding.severity} ${finding.pillar} ${suppressed} ${finding.resource.address} ${finding.pointer} ${finding.fix.format} ${JSON.stringify(finding.message)}`,
      );
    }
    for (const diagnostic of report.diagnostics)
      lines.push(`diagnostic ${diagnostic.file}:${diagnostic.line ?? '-'}:${diagnostic.column ?? '-'} ${diagnostic.level} ${diagnostic.code} ${JSON.stringify(diagnostic.message)}`);
  }
  return { files: files.length, lines };
}

export function digestOf(directories: readonly string[]): SetDigest | undefined {
  if (!directories.some((directory) => existsSync(directory))) return undefined;
  const { files, lines } = findingLines(directories);
  return {
    files,
    findings: lines.filter((line) => line.startsWith('finding ')).length,
    sha256: createHash('sha256').update(lines.join('\n')).digest('hex'),
  };
}

if (import.meta.main) {
  const digests = Object.fromEntries(Object.entries(findingSets).map(([name, directories]) => [name, digestOf(directories)]));
  console.log(JSON.stringify(digests, null, 2));
  if (process.argv.includes('--write')) {
    const stored = existsSync(digestFile) ? (JSON.parse(readFileSync(digestFile, 'utf8')) as Record<string, SetDigest>) : {};
    // An absent corpus keeps the stored digest: writing on a machine without it must not drop the CI check.
    for (const [name, digest] of Object.entries(digests)) if (digest) stored[name] = digest;
    writeFileSync(digestFile, `${JSON.stringify(stored, null, 2)}\n`);
  }
}
