/** The CLI's help texts: one per command, printed by `plumbline <command> --help` and after a usage error. */
import { outputFormats } from './check-run.ts';

export const commands = ['check', 'rules', 'explain', 'baseline'] as const;
export type Command = (typeof commands)[number];

const exitStatus = 'Exit status: 0 nothing at or above --fail-on, 1 findings at or above it, 2 usage or input errors.';

export const usage: Record<Command | 'main', string> = {
  main: `Usage: plumbline <command> [options]

Commands:
  check <paths…|->   check CloudFormation templates (YAML or JSON, SAM included)
  rules              list every rule
  explain RULE-ID    what a rule checks, why, and how to fix it
  baseline [paths…]  accept today's findings in .plumbline.yml so only new ones fail

Options: --help (also after a command), --version
${exitStatus}
Run "plumbline <command> --help" for a command's options.`,

  check: `Usage: plumbline check <paths…|-> [options]

Checks CloudFormation templates against Well-Architected best practices. Directories are walked for .yaml, .yml,
.json and .template files; - reads one template from standard input.

Options:
  -f, --format FORMAT    ${outputFormats.join(', ')} (default: text)
  -o, --output FILE      write the report to FILE instead of standard output
      --fail-on LEVEL    critical, high, medium, low or none (default: low, or failOn in .plumbline.yml)
  -p, --param Key=Value  pin a template parameter (repeatable)
  -c, --config FILE      read suppressions and the baseline from FILE (default: .plumbline.yml if present)
      --skip-unreadable  warn about files that cannot be read or decoded instead of exiting 2
      --show-secrets     print values that look like secrets as written (masked with █ by default)
  -q, --quiet            print findings only: no summary or scores, no warnings on standard error
  -h, --help             show this help

The report goes to standard output; problems with the input go to standard error.
Colour: on for a terminal; NO_COLOR turns it off, FORCE_COLOR turns it on.
${exitStatus}`,

  rules: `Usage: plumbline rules [--format text|json]

Lists every rule: id, severity, pillar and title (json adds formats, resource types and peer equivalents).`,

  explain: `Usage: plumbline explain RULE-ID

Prints what a rule checks, why it matters, the fix for each format, its guide and the same check in other tools.`,

  baseline: `Usage: plumbline baseline [paths…] [--config FILE]

Checks the paths (default: the current folder) and records every finding in the config file (default:
.plumbline.yml) under baseline:, so later runs of plumbline check fail only on new findings.`,
};
