/** Template files under a folder, and what a reader sees of a check's findings: shared by tests and scripts. */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { checkSources } from '../checks/index.ts';

const templateName = /\.(ya?ml|json|template)$/i;

/** Every CloudFormation-looking file below `directory`, as absolute paths. */
export function templateFilesUnder(directory: string): string[] {
  return (readdirSync(directory, { recursive: true }) as string[]).filter((file) => templateName.test(file)).map((file) => join(directory, file));
}

/** Which rule fired where, and how each file was read: what masking must never change. */
export function findingPlaces(path: string, text: string) {
  const report = checkSources([{ path, content: text }], { today: '2025-06-01' });
  return {
    findings: report.findings.map((finding) => `${finding.ruleId} ${finding.file}:${finding.line}:${finding.column}-${finding.endLine}:${finding.endColumn}`),
    statuses: report.files.map((file) => file.status),
  };
}
