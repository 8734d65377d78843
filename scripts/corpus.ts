/**
 * `npm run corpus`: the whole real-template corpus (../shared/corpus, templates nobody here wrote) through the engine
 * as the CLI checks a folder, to show that every file loads with no crash and no error, and how the findings spread
 * over the rules.
 *
 *   npm run corpus                        summary, per-rule counts, and the judged sample's precision
 *   npm run corpus -- --sample 2          writes corpus-sample.md: up to 2 findings per rule, with source context,
 *                                         for judging one by one
 *
 * The judged sample (scripts/corpus-judged.json) is the accuracy record of issue 12: each entry says whether a finding
 * a reviewer read in its template was right. Run again after rule changes: a finding judged correct that disappears,
 * or one judged wrong that is still reported, is listed.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { checkSources, type Finding } from '../checks/index.ts';
import { templateFilesUnder } from './template-files.ts';

const root = new URL('../', import.meta.url).pathname;
const corpus = join(root, '../shared/corpus');
const judgedPath = join(root, 'scripts/corpus-judged.json');

interface Judged {
  n: number;
  rule: string;
  file: string;
  line: number;
  verdict: 'correct' | 'wrong';
  reason: string;
}

const key = (rule: string, file: string, line: number) => `${rule} ${file}:${line}`;

if (!existsSync(corpus)) {
  console.log('SKIP  ../shared/corpus not found');
  process.exit(0);
}

const paths = templateFilesUnder(corpus).sort();
const inputs = paths.map((path) => ({ path: relative(corpus, path), content: readFileSync(path, 'utf8') }));
const started = performance.now();
let report: ReturnType<typeof checkSources>;
try {
  report = checkSources(inputs, { today: '2026-12-01' });
} catch (error) {
  console.log(`CRASH ${(error as Error).stack}`);
  process.exit(1);
}
const elapsed = performance.now() - started;

const levels = new Map<string, number>();
for (const diagnostic of report.diagnostics) levels.set(diagnostic.level, (levels.get(diagnostic.level) ?? 0) + 1);
const { summary } = report;
console.log(
  `corpus: ${summary.files} files, ${summary.checked} checked, ${summary.skipped} skipped (not templates), ${summary.errors} errors, ` +
    `${levels.get('warning') ?? 0} warnings, ${summary.findings} findings (${summary.suppressed} suppressed) in ${(elapsed / 1000).toFixed(2)} s`,
);
for (const diagnostic of report.diagnostics.filter((d) => d.level === 'error')) console.log(`ERROR ${diagnostic.file}:${diagnostic.line ?? 0} ${diagnostic.message}`);

const byRule = new Map<string, Finding[]>();
for (const finding of report.findings) byRule.set(finding.ruleId, [...(byRule.get(finding.ruleId) ?? []), finding]);
console.log(`\n${byRule.size} rules fired:`);
for (const [rule, findings] of [...byRule].sort((a, b) => b[1].length - a[1].length)) console.log(`  ${String(findings.length).padStart(5)}  ${rule}`);

// The judged sample: precision, and drift since it was judged.
if (existsSync(judgedPath)) {
  const judged = JSON.parse(readFileSync(judgedPath, 'utf8')) as Judged[];
  const reported = new Set(report.findings.map((finding) => key(finding.ruleId, finding.file, finding.line)));
  const correct = judged.filter((entry) => entry.verdict === 'correct').length;
  console.log(`\njudged sample: ${judged.length} findings, ${correct} correct, ${judged.length - correct} wrong: precision ${((100 * correct) / judged.length).toFixed(1)} %`);
  for (const entry of judged) {
    const present = reported.has(key(entry.rule, entry.file, entry.line));
    if (entry.verdict === 'correct' && !present) console.log(`  GONE   #${entry.n} ${key(entry.rule, entry.file, entry.line)} (judged correct)`);
    if (entry.verdict === 'wrong' && present) console.log(`  STILL  #${entry.n} ${key(entry.rule, entry.file, entry.line)} (judged wrong: ${entry.reason})`);
  }
}

// A sample to judge: up to N findings per rule, spread over files by a fixed stride so reruns pick the same ones.
const perRule = process.argv.includes('--sample') ? Number(process.argv[process.argv.indexOf('--sample') + 1] ?? 2) : 0;
if (perRule > 0) {
  const sources = new Map(inputs.map((input) => [input.path, input.content.split('\n')]));
  const sample: Finding[] = [];
  for (const findings of byRule.values()) {
    const count = Math.min(perRule, findings.length);
    for (let index = 0; index < count; index++) sample.push(findings[Math.floor((index * findings.length) / count)]!);
  }
  const blocks = sample.map((finding, index) => {
    const lines = sources.get(finding.file) ?? [];
    const from = Math.max(0, finding.line - 8);
    const context = lines
      .slice(from, finding.line + 6)
      .map((text, offset) => `${from + offset + 1 === finding.line ? '>' : ' '}${String(from + offset + 1).padStart(5)}  ${text}`)
      .join('\n');
    return [`## ${index + 1}. ${finding.ruleId} (${finding.severity}) ${finding.file}:${finding.line}`, `${finding.resource.address}: ${finding.message}`, '```', context, '```'].join('\n');
  });
  writeFileSync('corpus-sample.md', `# Corpus sample: ${sample.length} findings\n\n${blocks.join('\n\n')}\n`);
  console.log(`\nwrote corpus-sample.md: ${sample.length} findings from ${byRule.size} rules`);
}
