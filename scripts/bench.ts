/**
 * `npm run bench`: the engine's speed and memory goals, measured and printed.
 *   - median real template (../shared/corpus), parse alone and fully checked
 *   - generated 1 MB / 500-resource template, parse alone and fully checked, and peak memory
 *   - the whole corpus through the CLI, wall time from process start
 *   - Terraform: 1 KB and 1 MB files, and a 500-file project through the CLI (bench/terraform.ts)
 *   - Kubernetes and Compose: a 1,000-document manifest and a 200-service Compose file (bench/containers.ts)
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkSources } from '../checks/engine/check.ts';
import { parseSource } from '../checks/parse/input.ts';
import { adversarial } from '../checks/secrets/adversarial.ts';
import { maskSecrets, secretDetectors } from '../checks/secrets/index.ts';
import { benchApi } from './bench/api.ts';
import { templateFilesUnder } from './template-files.ts';
import { siteWeights } from './bench/site.ts';
import { largeTemplate } from './bench/large-template.ts';
import { mutationRun } from './bench/robustness.ts';
import { benchContainers } from './bench/containers.ts';
import { benchTerraform } from './bench/terraform.ts';

const root = new URL('../', import.meta.url).pathname;
const corpus = join(root, '../shared/corpus');

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
};
const fmt = (ms: number) => `${ms.toFixed(ms < 10 ? 2 : 1)} ms`;

function time(fn: () => void, runs: number): number {
  for (let index = 0; index < 3; index++) fn(); // warm the JIT as a long-running CLI or Worker would be
  const samples: number[] = [];
  for (let index = 0; index < runs; index++) {
    const started = performance.now();
    fn();
    samples.push(performance.now() - started);
  }
  return median(samples);
}

function corpusFiles(): string[] {
  if (!existsSync(corpus)) return [];
  return templateFilesUnder(corpus);
}

/** Every figure of this run, in order: printed as one table at the end and written to bench/results.json. */
interface Row {
  area: string;
  label: string;
  value: string;
  goal: string;
  ok: boolean;
}
const rows: Row[] = [];
let area = 'engine';

function line(label: string, value: string, goal: string, ok: boolean) {
  rows.push({ area, label, value, goal, ok });
  console.log(`${ok ? 'PASS' : 'MISS'}  ${label.padEnd(48)} ${value.padEnd(30)} goal ${goal}`);
}

const p99 = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(0.99 * sorted.length) - 1)]!;
};

console.log(`Plumbline engine benchmark (node ${process.version})\n`);

// 1. Median real template.
const files = corpusFiles();
if (files.length === 0) {
  console.log('SKIP  corpus benchmarks: ../shared/corpus not found');
} else {
  const templates = files.map((path) => ({ path, text: readFileSync(path, 'utf8') })).filter(({ text }) => checkSources([{ path: 'x', content: text }]).files[0]?.status === 'checked');
  const bySize = [...templates].sort((a, b) => a.text.length - b.text.length);
  const middle = bySize[Math.floor(bySize.length / 2)]!;
  const parseMs = time(() => parseSource(middle.path, middle.text), 200);
  const checkMs = time(() => checkSources([{ path: middle.path, content: middle.text }]), 200);
  line(`median template (${(middle.text.length / 1024).toFixed(1)} KB), parse only`, fmt(parseMs), '—', true);
  line('median template, fully checked', `${fmt(checkMs)} (${fmt(checkMs - parseMs)} over parse)`, '< 5 ms', checkMs < 5);
  const perFile = templates.map(({ path, text }) => time(() => checkSources([{ path, content: text }]), 5));
  line(`median over all ${templates.length} checked templates`, fmt(median(perFile)), '< 5 ms', median(perFile) < 5);
  // Per input format: a file's parse alone beside its full check, p50 and p99 over the corpus.
  const formats = { 'CloudFormation YAML': (path: string) => !/\.json$/i.test(path), 'CloudFormation JSON': (path: string) => /\.json$/i.test(path) };
  for (const [format, matches] of Object.entries(formats)) {
    const ofFormat = templates.filter(({ path }) => matches(path));
    if (ofFormat.length === 0) continue;
    const parse = ofFormat.map(({ path, text }) => time(() => parseSource(path, text), 5));
    const check = ofFormat.map(({ path, text }) => time(() => checkSources([{ path, content: text }]), 5));
    line(`${format} (${ofFormat.length} files), parse p50 / p99`, `${fmt(median(parse))} / ${fmt(p99(parse))}`, '—', true);
    line(`${format}, fully checked p50 / p99`, `${fmt(median(check))} / ${fmt(p99(check))}`, '< 5 ms / < 50 ms', median(check) < 5 && p99(check) < 50);
  }
}

// 2. Generated 1 MB / 500-resource template.
const large = largeTemplate();
const largeReport = checkSources([{ path: 'large.yaml', content: large }]);
const resources = largeReport.files[0]?.resources ?? 0;
const largeParse = time(() => parseSource('large.yaml', large), 10);
const largeCheck = time(() => checkSources([{ path: 'large.yaml', content: large }]), 10);
line(`1 MB template (${(large.length / 1_048_576).toFixed(2)} MB, ${resources} resources), parse only`, fmt(largeParse), '—', true);
line('1 MB template, fully checked', `${fmt(largeCheck)} (${fmt(largeCheck - largeParse)} over parse)`, '< 150 ms', largeCheck < 150);
console.log(`      (${largeReport.summary.findings} findings; ${largeReport.findings.filter((finding) => finding.conditions).length} conditional)`);

// Peak memory in a fresh process: what checking the template adds to a Node process that has loaded the engine.
const largePath = join(tmpdir(), 'plumbline-bench-large.yaml');
writeFileSync(largePath, large);
const memoryProbe = `
  const { checkSources } = await import(${JSON.stringify(join(root, 'checks/engine/check.ts'))});
  const { readFileSync } = await import('node:fs');
  checkSources([{ path: 'warm.yaml', content: 'Resources:\\n  A:\\n    Type: AWS::S3::Bucket\\n' }]);
  globalThis.gc();
  const before = process.memoryUsage();
  let peakHeap = before.heapUsed;
  const text = readFileSync(${JSON.stringify(largePath)}, 'utf8');
  const report = checkSources([{ path: 'large.yaml', content: text }]);
  peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
  console.log(JSON.stringify({ baseRss: before.rss, baseHeap: before.heapUsed, peakRss: process.resourceUsage().maxRSS * 1024, heapAfter: peakHeap, findings: report.summary.findings }));
`;
const probe = spawnSync(process.execPath, ['--expose-gc', '--input-type=module', '-e', memoryProbe], { encoding: 'utf8' });
if (probe.status === 0) {
  const memory = JSON.parse(probe.stdout.trim().split('\n').pop()!);
  const addedMb = (memory.peakRss - memory.baseRss) / 1_048_576;
  line('1 MB template, peak memory added by the check', `${addedMb.toFixed(1)} MB (process peak RSS ${(memory.peakRss / 1_048_576).toFixed(0)} MB)`, '< 64 MB', addedMb < 64);
} else {
  console.log(`MISS  memory probe failed: ${probe.stderr}`);
}

// Secret masking on 1 MB built to attack each detector (the uploads that froze the server before).
{
  let slowest = { name: '', detector: '', ms: 0 };
  let slowestWhole = { name: '', ms: 0 };
  for (const [name, text] of Object.entries(adversarial)) {
    for (const detector of secretDetectors) {
      const ms = time(() => detector.find(text), 5);
      if (ms > slowest.ms) slowest = { name, detector: detector.name, ms };
    }
    const whole = time(() => maskSecrets(text), 3);
    if (whole > slowestWhole.ms) slowestWhole = { name, ms: whole };
  }
  line(`masking, slowest detector on 1 MB adversarial input (${Object.keys(adversarial).length} inputs)`, `${fmt(slowest.ms)} (${slowest.detector.slice(0, 24)})`, '< 100 ms', slowest.ms < 100);
  line('masking, all detectors on the worst 1 MB input', `${fmt(slowestWhole.ms)}`, '< 200 ms', slowestWhole.ms < 200);
}

// 3. The whole corpus through the CLI as users run it (the bundled build/plumbline.mjs), wall time from process start.
if (files.length > 0) {
  const build = spawnSync('npm', ['run', 'build:cli'], { cwd: root, encoding: 'utf8' });
  if (build.status !== 0) throw new Error(`npm run build:cli failed: ${build.stderr}`);
  const cli = join(root, 'build/plumbline.mjs');
  const runs: number[] = [];
  for (let index = 0; index < 5; index++) {
    const started = performance.now();
    const result = spawnSync(process.execPath, [cli, 'check', corpus, '--format', 'json', '--fail-on', 'none'], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
    runs.push(performance.now() - started);
    // Exit 2 means some corpus files are not valid templates (reported as errors); anything else is a failure.
    if (result.status !== 0 && result.status !== 2) throw new Error(`CLI failed (${result.status}): ${result.stderr}`);
    if (index === 0) {
      const summary = JSON.parse(result.stdout).summary;
      console.log(`      corpus: ${summary.files} files, ${summary.checked} checked, ${summary.skipped} skipped, ${summary.errors} errors, ${summary.findings} findings`);
    }
  }
  const totalBytes = files.reduce((sum, file) => sum + statSync(file).size, 0);
  line(`whole corpus via CLI (${files.length} files, ${(totalBytes / 1_048_576).toFixed(1)} MB)`, fmt(median(runs)), '< 2000 ms', median(runs) < 2000);
}

// Robustness: mutated corpus templates never crash the engine.
if (files.length > 0) {
  const started = performance.now();
  const { runs, crashes } = mutationRun(files);
  line(`robustness: ${runs} mutated corpus templates`, `${crashes.length} crashes in ${((performance.now() - started) / 1000).toFixed(1)} s`, '0 crashes', crashes.length === 0);
  for (const crash of crashes.slice(0, 5)) console.log(`      ${crash}`);
}

// Terraform: a 1 KB and a 1 MB file, and a 500-file project with local modules through the CLI.
area = 'terraform';
await benchTerraform(line);

// Kubernetes and Compose: a rendered platform of 1,000 documents and a 200-service Compose file.
area = 'containers';
benchContainers(line);

// 4. The site: a full build (Astro pages, then the Pagefind index in both languages).
area = 'site';
{
  const started = performance.now();
  const build = spawnSync('npm', ['run', 'build'], { cwd: root, encoding: 'utf8', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
  const seconds = (performance.now() - started) / 1000;
  if (build.status !== 0) throw new Error(`npm run build failed: ${build.stderr}`);
  const pages = /(\d+) page\(s\) built/.exec(build.stdout)?.[1] ?? '?';
  const indexed = /Indexed (\d+) pages/.exec(build.stdout)?.[1] ?? '?';
  line(`site build with search index (${pages} pages, ${indexed} indexed)`, `${seconds.toFixed(1)} s`, '< 60 s', seconds < 60);
  siteWeights(line);
}

// 5. The review API and report page on the local stack.
area = 'api';
if (existsSync(join(root, 'dist/index.html'))) {
  await benchApi(line);
} else {
  console.log('SKIP  API benchmarks: run `npm run build` first');
}

// One table of everything measured in this run, and the same as JSON so two commits can be compared.
console.log(`\n${'area'.padEnd(8)} ${'measure'.padEnd(60)} ${'value'.padEnd(32)} ${'goal'.padEnd(18)} result`);
for (const row of rows) console.log(`${row.area.padEnd(8)} ${row.label.padEnd(60)} ${row.value.padEnd(32)} ${row.goal.padEnd(18)} ${row.ok ? 'pass' : 'MISS'}`);
const commit = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root, encoding: 'utf8' }).stdout.trim();
mkdirSync(join(root, 'bench'), { recursive: true });
writeFileSync(join(root, 'bench/results.json'), `${JSON.stringify({ commit, node: process.version, measuredAt: new Date().toISOString(), rows }, null, 2)}\n`);
console.log(`\nwritten to bench/results.json (${rows.filter((row) => !row.ok).length} of ${rows.length} figures miss their goal)`);
