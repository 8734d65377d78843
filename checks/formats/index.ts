/** Every input format the engine reads, in the order they are tried when more than one could claim a file. */
import { cloudFormation } from './cloudformation.ts';
import { compose } from './compose.ts';
import type { FormatAdapter, InputLimits } from './format.ts';
import { kubernetes } from './kubernetes.ts';
import { terraform } from './terraform.ts';

export const formatAdapters: readonly FormatAdapter[] = [cloudFormation, terraform, kubernetes, compose];

/** The limit a file must pass before any format looks at it: the most generous adapter's (others refuse later). */
export const inputLimits: Pick<InputLimits, 'maxBytes' | 'tooLarge'> = formatAdapters.reduce(
  (largest, adapter) => (adapter.limits.maxBytes > largest.maxBytes ? adapter.limits : largest),
  formatAdapters[0]!.limits,
);

/** The adapters that might read a file, surest first; an adapter that says `no` is not asked. */
export function candidateAdapters(path: string, text: string): FormatAdapter[] {
  const detected = formatAdapters.map((adapter) => ({ adapter, detection: adapter.detect(path, text) })).filter(({ detection }) => detection !== 'no');
  return [...detected.filter(({ detection }) => detection === 'yes'), ...detected.filter(({ detection }) => detection === 'maybe')].map(({ adapter }) => adapter);
}

/** Whether some format reads files of this name; uploads refuse any other name before reading it. */
export function isCheckableName(path: string): boolean {
  return formatAdapters.some((adapter) => adapter.walkedNames.test(path));
}

/** The names `isCheckableName` accepts, as a refusal states them. */
export const checkableNames =
  'CloudFormation templates (.yaml, .yml, .json, .template), Terraform files (.tf, .tfvars, .tf.json, plan JSON), Kubernetes manifests and Compose files (.yaml, .yml, .json)';
