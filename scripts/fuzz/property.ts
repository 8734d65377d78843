/** The property every input must hold: the CLI's path through the engine returns a valid report, within a second, without throwing. */
import { checkCollected } from '../../checks/cli/check-run.ts';
import { Report } from '../../checks/report/schema.ts';
import type { FuzzInput } from './inputs.ts';

/** No single input may take longer; CloudFormation templates are at most 1 MB and these are far smaller. */
export const maxMsPerInput = 1000;

/**
 * Checks one input as `plumbline check` would after reading it (decoding, parsing, rules, secret masking of excerpts,
 * rendering) and returns the report and how long that took. Throws on any crash, an invalid report or a slow input.
 */
export function checkInput(input: FuzzInput): { ms: number; report: Report } {
  const started = performance.now();
  const run = checkCollected({ inputs: [{ path: input.path, content: input.content }], diagnostics: [] }, { format: input.output, failOn: 'low' });
  const ms = performance.now() - started;
  const valid = Report.safeParse(run.report);
  if (!valid.success) throw new Error(`the report does not match its schema: ${valid.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ')}`);
  if (typeof run.output !== 'string' || run.output.length === 0) throw new Error(`the ${input.output} output is empty`);
  if (ms > maxMsPerInput) throw new Error(`took ${ms.toFixed(0)} ms, over the ${maxMsPerInput} ms allowed for one input`);
  return { ms, report: run.report };
}

/** An input as a person can read it in a failure message. */
export function describeInput(input: FuzzInput): string {
  return `path: ${JSON.stringify(input.path)}\noutput: ${input.output}\nmade from: ${input.origin}\ntext: ${JSON.stringify(input.text)}`;
}
