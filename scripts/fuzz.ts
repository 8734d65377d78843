/**
 * `npm run fuzz`: hostile inputs for every format the engine reads, through the CLI's path (decode, parse, rules,
 * masking, rendering). Fails on any exception, invalid report, unhandled rejection or input slower than a second,
 * and prints the shrunk counterexample with the seed and path that replay it.
 *
 *   npm run fuzz                                  100,000 inputs per format, a new seed each run
 *   npm run fuzz -- --runs 5000 --format json     fewer, one format
 *   npm run fuzz -- --format yaml --seed S --replay P   replay a failure printed by an earlier run
 */
import { parseArgs } from 'node:util';
import fc from 'fast-check';
import { fuzzInput, type InputFormat } from './fuzz/inputs.ts';
import { checkInput, describeInput } from './fuzz/property.ts';
import { loadSeeds } from './fuzz/seeds.ts';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '100000' },
    seed: { type: 'string' },
    format: { type: 'string' },
    replay: { type: 'string' },
  },
});
const runs = Number(values.runs);
const formats: InputFormat[] = values.format ? [values.format as InputFormat] : ['yaml', 'json'];
if (!Number.isInteger(runs) || runs < 1 || formats.some((format) => format !== 'yaml' && format !== 'json')) {
  process.stderr.write('usage: npm run fuzz -- [--runs N] [--format yaml|json] [--seed S [--replay PATH]]\n');
  process.exit(2);
}

// The engine is synchronous, but a stray promise anywhere in it must fail the run, not vanish.
const stray: string[] = [];
process.on('unhandledRejection', (reason) => stray.push(`unhandled rejection: ${reason instanceof Error ? (reason.stack ?? reason.message) : String(reason)}`));

interface Outcome {
  format: InputFormat;
  inputs: number;
  failures: number;
  checked: number;
  withFindings: number;
  refused: number;
  times: Float64Array;
  totalMs: number;
}

const seeds = loadSeeds();
const seed = values.seed !== undefined ? Number(values.seed) : Date.now() ^ (Math.random() * 0x7fffffff);
process.stderr.write(`fuzzing from ${seeds.yaml.length} YAML and ${seeds.json.length} JSON seed templates, seed ${seed}\n`);

const outcomes: Outcome[] = [];
let failed = false;
for (const format of formats) {
  const times = new Float64Array(runs);
  let measured = 0;
  let checked = 0;
  let withFindings = 0;
  let refused = 0;
  let shrinking = false;
  const started = performance.now();
  const details = fc.check(
    fc.property(fuzzInput(format, seeds), (input) => {
      let outcome;
      try {
        outcome = checkInput(input);
      } catch (error) {
        // Shrinking re-runs smaller inputs after a failure; they are not part of the sample measured.
        shrinking = true;
        throw error;
      }
      const { ms, report } = outcome;
      if (shrinking || measured >= runs) return;
      times[measured++] = ms;
      if (report.summary.checked > 0) checked++;
      if (report.summary.findings + report.summary.suppressed > 0) withFindings++;
      if (report.summary.errors > 0) refused++;
      if (measured % Math.max(1, Math.floor(runs / 10)) === 0) process.stderr.write(`  ${format}: ${measured.toLocaleString('en')} inputs\n`);
    }),
    {
      numRuns: runs,
      seed,
      ...(values.replay ? { path: values.replay, endOnFailure: true } : {}),
    },
  );
  const totalMs = performance.now() - started;
  outcomes.push({ format, inputs: measured, failures: details.failed ? 1 : 0, checked, withFindings, refused, times: times.subarray(0, measured), totalMs });
  if (details.failed) {
    failed = true;
    const error = details.errorInstance instanceof Error ? (details.errorInstance.stack ?? details.errorInstance.message) : String(details.errorInstance);
    process.stderr.write(`\n${format}: FAILED after ${details.numRuns} inputs (${details.numShrinks} shrinks)\n${error}\n\nShrunk counterexample:\n${describeInput(details.counterexample![0])}\n\n`);
    process.stderr.write(`Replay: npm run fuzz -- --format ${format} --seed ${details.seed} --replay ${details.counterexamplePath}\n\n`);
  }
}

const percentile = (sorted: Float64Array, share: number) => (sorted.length === 0 ? 0 : sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * share) - 1)]!);
const rows = outcomes.map((outcome) => {
  const sorted = Float64Array.from(outcome.times).sort();
  const share = (count: number) => `${((100 * count) / Math.max(1, outcome.inputs)).toFixed(0)}%`;
  return [
    `CloudFormation ${outcome.format.toUpperCase()}`,
    outcome.inputs.toLocaleString('en'),
    String(outcome.failures),
    share(outcome.checked),
    share(outcome.withFindings),
    share(outcome.refused),
    percentile(sorted, 0.5).toFixed(2),
    percentile(sorted, 0.99).toFixed(2),
    (sorted[sorted.length - 1] ?? 0).toFixed(1),
    (outcome.totalMs / 1000).toFixed(1),
  ];
});
const header = ['format', 'inputs', 'failures', 'checked', 'with findings', 'refused (exit 2)', 'p50 ms', 'p99 ms', 'max ms', 'total s'];
const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column]!.length)));
const line = (cells: string[]) => `| ${cells.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join(' | ')} |`;
process.stdout.write(`\n${line(header)}\n|${widths.map((width, column) => (column === 0 ? `${'-'.repeat(width + 1)}-` : `${'-'.repeat(width + 1)}:`)).join('|')}|\n${rows.map(line).join('\n')}\n`);
process.stdout.write(`seed ${seed}; "checked": read as a template and run through the rules; "refused": an error diagnostic (the CLI exits 2).\n`);

// Let any late rejection surface before deciding.
await new Promise((resolve) => setTimeout(resolve, 50));
for (const message of stray) process.stderr.write(`${message}\n`);
process.exitCode = failed || stray.length > 0 ? 1 : 0;
