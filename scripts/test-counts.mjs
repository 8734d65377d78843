// Prints `N passed, N failed` from vitest's JSON report; exits 1 when the report is missing or shows no tests.
import { readFileSync } from 'node:fs';

const path = process.argv[2] ?? 'test-results/vitest.json';
let report;
try {
  report = JSON.parse(readFileSync(path, 'utf8'));
} catch {
  console.log(`ci: no test report at ${path}: the suites did not run to the end`);
  console.log('0 passed, 1 failed');
  process.exit(1);
}
const passed = report.numPassedTests ?? 0;
// Suites that failed to load count as failures: their tests never ran.
const failed = (report.numFailedTests ?? 0) + (report.numFailedTestSuites ?? 0) - countSuitesWithFailedTests(report);
console.log(`${passed} passed, ${failed} failed`);
process.exit(passed > 0 && failed === 0 ? 0 : 1);

function countSuitesWithFailedTests(report) {
  return (report.testResults ?? []).filter((suite) => suite.assertionResults?.some((test) => test.status === 'failed')).length;
}
