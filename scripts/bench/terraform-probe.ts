/**
 * One cold measurement in a fresh process, as a CLI run meets its input: nothing compiled by the JIT yet. Prints
 * JSON: wall and CPU time, and the peak memory the step adds to a process that has loaded the engine and parser.
 *   node scripts/bench/terraform-probe.ts <large|project> <parse|check>
 */
import { checkSources } from '../../checks/engine/check.ts';
import { prepareTerraform } from '../../checks/terraform/index.ts';
import { loadTerraformWasmFromNode } from '../../checks/terraform/load-node.ts';
import { hclParser } from '../../checks/terraform/runtime.ts';
import { largeTerraformFile, terraformProject } from './terraform-project.ts';

const [input, step] = process.argv.slice(2);
await prepareTerraform(loadTerraformWasmFromNode);
const files = input === 'large' ? [{ path: 'main.tf', text: largeTerraformFile() }] : terraformProject();
(globalThis as { gc?: () => void }).gc?.();
const baseRss = process.memoryUsage().rss;
const cpu = process.cpuUsage();
const started = performance.now();
let resources = 0;
if (step === 'parse') {
  for (const file of files) hclParser().parse(file.text)?.delete();
} else {
  // No time budget: a busy machine should measure the whole check, not stop it.
  const report = checkSources(
    files.map((file) => ({ path: file.path, content: file.text })),
    { timeBudgetMs: Number.POSITIVE_INFINITY },
  );
  resources = report.files.reduce((sum, file) => sum + (file.resources ?? 0), 0);
}
const ms = performance.now() - started;
const used = process.cpuUsage(cpu);
const peakRss = process.resourceUsage().maxRSS * 1024;
console.log(JSON.stringify({ ms, cpuMs: (used.user + used.system) / 1000, addedMb: (peakRss - baseRss) / 1_048_576, peakRssMb: peakRss / 1_048_576, resources }));
