/**
 * The Terraform goals, measured with the bare tree-sitter parse beside each figure: a 1 KB file warm, a 1 MB
 * file warm and cold (a fresh process, memory capped as in a Worker), and a 500-file / 50,000-line project with
 * local modules and for_each through the CLI as users run it. Inputs are generated here, not committed.
 * CPU time is printed beside wall time: on a shared machine the wall clock also measures the neighbours.
 *   node scripts/bench/terraform.ts   runs these figures alone
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { checkSources } from '../../checks/engine/check.ts';
import { prepareTerraform, readTerraformProject } from '../../checks/terraform/index.ts';
import { loadTerraformWasmFromNode } from '../../checks/terraform/load-node.ts';
import { hclParser } from '../../checks/terraform/runtime.ts';
import { largeTerraformFile, smallTerraformFile, terraformProject } from './terraform-project.ts';

type Line = (label: string, value: string, goal: string, ok: boolean) => void;
type Files = { path: string; text: string }[];

const root = new URL('../../', import.meta.url).pathname;
const probe = new URL('./terraform-probe.ts', import.meta.url).pathname;
/** A Worker isolate has 128 MB; the parser's WebAssembly memory takes 32 MB of it and the young generation about 16. */
const workerHeapMb = 80;

const fmt = (ms: number) => `${ms.toFixed(ms < 10 ? 2 : 0)} ms`;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** Wall and CPU time of one call. */
function timed(fn: () => void): { wall: number; cpu: number } {
  const cpu = process.cpuUsage();
  const started = performance.now();
  fn();
  const used = process.cpuUsage(cpu);
  return { wall: performance.now() - started, cpu: (used.user + used.system) / 1000 };
}

/** Medians of `runs` after `warmRuns` unmeasured runs, as a long-running CLI or Worker would be. */
function warm(fn: () => void, runs: number, warmRuns = 2): { wall: number; cpu: number } {
  for (let index = 0; index < warmRuns; index++) fn();
  const samples = Array.from({ length: runs }, () => timed(fn));
  return { wall: median(samples.map((sample) => sample.wall)), cpu: median(samples.map((sample) => sample.cpu)) };
}

const bareParse = (files: Files) => () => {
  for (const file of files) hclParser().parse(file.text)?.delete();
};
const fullCheck = (files: Files) => () => {
  // No time budget: on a busy machine the whole check is measured rather than stopped.
  checkSources(
    files.map((file) => ({ path: file.path, content: file.text })),
    { timeBudgetMs: Number.POSITIVE_INFINITY },
  );
};

interface ProbeResult {
  ms: number;
  cpuMs: number;
  addedMb: number;
  resources: number;
}

/** One cold step in a fresh process (`terraform-probe.ts`); undefined if the process failed (out of memory). */
function coldProbe(input: 'large' | 'project', step: 'parse' | 'check', nodeFlags: string[] = []): ProbeResult | undefined {
  const run = spawnSync(process.execPath, ['--expose-gc', ...nodeFlags, probe, input, step], { encoding: 'utf8', maxBuffer: 16 * 1_048_576 });
  if (run.status !== 0) return undefined;
  return JSON.parse(run.stdout.trim().split('\n').pop()!) as ProbeResult;
}

/** CPU time of a child process, written by a hook that runs at its exit. */
const cpuAtExit = `--import=data:text/javascript,process.on("exit",()=>{const u=process.cpuUsage();process.stderr.write("\\nplumbline-bench-cpu "+(u.user+u.system)/1000+"\\n")})`;

/** The bundled CLI over `files` written to a temporary folder: wall time from process start, and its CPU time. */
function cliRuns(files: Files, runs: number): { wallMs: number; cpuMs: number; summary: { files: number; checked: number; errors: number; findings: number } } {
  const build = spawnSync('npm', ['run', 'build:cli'], { cwd: root, encoding: 'utf8' });
  if (build.status !== 0) throw new Error(`npm run build:cli failed: ${build.stderr}`);
  const folder = mkdtempSync(join(tmpdir(), 'plumbline-bench-tf-'));
  try {
    for (const file of files) {
      mkdirSync(dirname(join(folder, file.path)), { recursive: true });
      writeFileSync(join(folder, file.path), file.text);
    }
    const walls: number[] = [];
    const cpus: number[] = [];
    let summary = { files: 0, checked: 0, errors: 0, findings: 0 };
    for (let index = 0; index < runs; index++) {
      const started = performance.now();
      const result = spawnSync(process.execPath, [cpuAtExit, join(root, 'build/plumbline.mjs'), 'check', folder, '--format', 'json', '--fail-on', 'none'], {
        encoding: 'utf8',
        maxBuffer: 256 * 1_048_576,
      });
      walls.push(performance.now() - started);
      if (result.status !== 0 && result.status !== 2) throw new Error(`CLI failed (${result.status}): ${result.stderr}`);
      cpus.push(Number(/plumbline-bench-cpu ([\d.]+)/.exec(result.stderr)?.[1] ?? Number.NaN));
      summary = JSON.parse(result.stdout).summary;
    }
    return { wallMs: median(walls), cpuMs: median(cpus), summary };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

export async function benchTerraform(line: Line): Promise<void> {
  const loadStarted = performance.now();
  await prepareTerraform(loadTerraformWasmFromNode);
  line('Terraform parser load (compile WebAssembly)', fmt(performance.now() - loadStarted), '—', true);

  // 1 KB, warm.
  const small = [{ path: 'main.tf', text: smallTerraformFile }];
  const smallParse = warm(bareParse(small), 200, 200);
  const smallCheck = warm(fullCheck(small), 200, 200);
  line(
    `${(smallTerraformFile.length / 1024).toFixed(1)} KB .tf warm: bare parse / full check, wall (CPU)`,
    `${fmt(smallParse.wall)} / ${fmt(smallCheck.wall)} (${fmt(smallCheck.cpu)})`,
    '< 5 ms',
    smallCheck.wall < 5,
  );

  // 1 MB: cold in a fresh process with the JS heap capped as in a Worker, then warm here.
  const large = [{ path: 'main.tf', text: largeTerraformFile() }];
  const coldParse = coldProbe('large', 'parse');
  const cold = coldProbe('large', 'check', [`--max-old-space-size=${workerHeapMb}`]);
  const largeLabel = `1 MB .tf (${cold?.resources ?? '?'} resources)`;
  if (cold && coldParse) {
    line(`${largeLabel} cold: bare parse / full check, wall (CPU)`, `${fmt(coldParse.ms)} / ${fmt(cold.ms)} (${fmt(cold.cpuMs)})`, '< 1000 ms', cold.ms < 1000);
    line(`1 MB .tf memory: check in ${workerHeapMb} MB of JS heap + 32 MB parser`, `fits; peak RSS +${cold.addedMb.toFixed(0)} MB`, '< 128 MB (Worker)', true);
  } else {
    line(`${largeLabel} cold, JS heap capped at ${workerHeapMb} MB`, 'failed (out of memory?)', '< 128 MB (Worker)', false);
  }
  const largeParse = warm(bareParse(large), 3, 1);
  const largeRead = warm(() => readTerraformProject(large), 3, 1);
  const largeCheck = warm(fullCheck(large), 3, 1);
  line(
    '1 MB .tf warm: bare parse / read / full check, wall (CPU)',
    `${fmt(largeParse.wall)} / ${fmt(largeRead.wall)} / ${fmt(largeCheck.wall)} (${fmt(largeCheck.cpu)})`,
    '< 1000 ms',
    largeCheck.wall < 1000,
  );

  // The project: through the CLI as users run it, then warm here.
  const project = terraformProject();
  const lines = project.reduce((total, file) => total + file.text.split('\n').length - 1, 0);
  const projectParse = coldProbe('project', 'parse');
  const cli = cliRuns(project, 3);
  const stopped = cli.summary.errors > 0 ? `; ${cli.summary.errors} files stopped by the time budget` : '';
  line(
    `${project.length} files / ${lines} lines (modules × for_each), whole CLI: bare parse / run, wall (CPU)`,
    `${projectParse ? fmt(projectParse.ms) : '?'} / ${fmt(cli.wallMs)} (${fmt(cli.cpuMs)})`,
    '< 2000 ms',
    cli.wallMs < 2000 && cli.summary.errors === 0,
  );
  console.log(`      project: ${cli.summary.checked} files checked, ${cli.summary.findings} findings${stopped}`);
  const projectWarmParse = warm(bareParse(project), 3, 1);
  const projectRead = warm(() => readTerraformProject(project), 3, 1);
  const projectCheck = warm(fullCheck(project), 3, 1);
  line('project warm: bare parse / read / full check, wall (CPU)', `${fmt(projectWarmParse.wall)} / ${fmt(projectRead.wall)} / ${fmt(projectCheck.wall)} (${fmt(projectCheck.cpu)})`, '—', true);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await benchTerraform((label, value, goal, ok) => console.log(`${ok ? 'PASS' : 'MISS'}  ${label.padEnd(80)} ${value.padEnd(34)} goal ${goal}`));
}
