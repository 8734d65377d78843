/** JUnit XML, for CI systems that show test reports: one suite per file, one test case per finding or file. */
import type { Report } from './schema.ts';

function xml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[character]!).replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '');
}

export function renderJunit(report: Report): string {
  const suites = report.files.map((file) => {
    const findings = report.findings.filter((finding) => finding.file === file.path && !finding.suppressed);
    const errors = report.diagnostics.filter((diagnostic) => diagnostic.file === file.path && diagnostic.level === 'error');
    const cases: string[] = findings.map(
      (finding) =>
        `    <testcase classname="${xml(finding.resource.address)}" name="${xml(`${finding.ruleId}: ${finding.title}`)}" file="${xml(finding.file)}" line="${finding.line}">\n` +
        `      <failure type="${finding.severity}" message="${xml(finding.message)}">${xml(`${finding.file}:${finding.line}:${finding.column} ${finding.message}\nGuide: ${finding.guide}`)}</failure>\n` +
        `    </testcase>`,
    );
    for (const error of errors) {
      cases.push(`    <testcase classname="${xml(file.path)}" name="${xml(error.code)}">\n      <error message="${xml(error.message)}"/>\n    </testcase>`);
    }
    if (cases.length === 0) {
      const skipped = file.status === 'skipped' ? '\n      <skipped/>\n    ' : '';
      cases.push(`    <testcase classname="${xml(file.path)}" name="${file.status === 'skipped' ? 'not a template' : 'no findings'}">${skipped}</testcase>`);
    }
    const time = ((file.parseMs ?? 0) + (file.checkMs ?? 0)) / 1000;
    return (
      `  <testsuite name="${xml(file.path)}" tests="${cases.length}" failures="${findings.length}" errors="${errors.length}" skipped="${file.status === 'skipped' ? 1 : 0}" time="${time.toFixed(3)}">\n` +
      cases.join('\n') +
      `\n  </testsuite>`
    );
  });
  const failures = report.summary.findings;
  const errors = report.diagnostics.filter((diagnostic) => diagnostic.level === 'error').length;
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="plumbline" tests="${suites.length}" failures="${failures}" errors="${errors}">\n${suites.join('\n')}\n</testsuites>\n`;
}
