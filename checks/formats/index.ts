/** Every input format the engine reads, in the order they are tried when more than one could claim a file. */
import { cloudFormation } from './cloudformation.ts';
import { compose } from './compose.ts';
import { formatLabels, type FormatAdapter, type InputLimits } from './format.ts';
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

/**
 * Every name ending some format reads, without those a shorter one already covers (`.tf.json` is a `.json`):
 * what an upload accepts and a file picker offers.
 */
export const checkableExtensions: readonly string[] = [...new Set(formatAdapters.flatMap((adapter) => adapter.walkedExtensions))].filter(
  (extension, _index, all) => !all.some((shorter) => shorter !== extension && extension.endsWith(shorter)),
);

/** Whether some format reads files of this name; uploads refuse any other name before reading it. */
export function isCheckableName(path: string): boolean {
  const name = path.toLowerCase();
  return checkableExtensions.some((extension) => name.endsWith(extension));
}

/** `a, b or c`: the formats' names as one phrase of the engine's English. */
const oneOf = (names: string[], word: 'or' | 'and') => (names.length < 2 ? names.join('') : `${names.slice(0, -1).join(', ')} ${word} ${names.at(-1)}`);

/** What the engine reads, as a sentence names it: "CloudFormation templates, Terraform files, … or Compose files". */
export const checkableKinds = oneOf(
  formatAdapters.map((adapter) => formatLabels[adapter.format].files),
  'or',
);

/** The names `isCheckableName` accepts, by format, as a refusal states them. */
export const checkableNames = oneOf(
  formatAdapters.map((adapter) => `${formatLabels[adapter.format].files} (${adapter.walkedExtensions.join(', ')})`),
  'and',
);
