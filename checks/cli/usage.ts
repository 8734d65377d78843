/** The CLI's help texts: one per command, printed by `plumbline <command> --help` and after a usage error. */
import { checkableExtensions } from '../formats/index.ts';
import { outputFormats } from './check-run.ts';

export const commands = ['check', 'rules', 'explain', 'baseline', 'readiness'] as const;
export type Command = (typeof commands)[number];

const exitStatus = 'Exit status: 0 nothing at or above --fail-on, 1 findings at or above it, 2 usage or input errors.';

export const usage: Record<Command | 'main', string> = {
  main: `Usage: plumbline <command> [options]

Commands:
  check <paths…|->   check CloudFormation templates (SAM included), Terraform, Kubernetes manifests and Compose files
  rules              list every rule
  explain RULE-ID    what a rule checks, why, and how to fix it
  baseline [paths…]  accept today's findings in .plumbline.yml so only new ones fail
  readiness <paths…> --peak-rps N
                     hold the architecture against an expected peak; optionally print the event runbook

Options: --help (also after a command), --version
${exitStatus}
Run "plumbline <command> --help" for a command's options.`,

  check: `Usage: plumbline check <paths…|-> [options]

Checks CloudFormation templates (YAML or JSON, SAM included), Terraform configurations (.tf, .tf.json, variables
files and plan JSON from "terraform show -json"), Kubernetes manifests (many documents per file, List objects) and
Docker Compose files against Well-Architected best practices. Each file is recognised by its content, so a folder
may mix them. Directories are walked for files ending in ${checkableExtensions.join(', ')};
each folder of Terraform files is a module, and local modules are followed; - reads one file from standard input.

Helm charts and Kustomize overlays are checked as what they render to:
  helm template my-release ./chart -f values-prod.yaml | plumbline check -
  kubectl kustomize overlays/prod | plumbline check -

Options:
  -f, --format FORMAT    ${outputFormats.join(', ')} (default: text)
  -o, --output FILE      write the report to FILE instead of standard output
      --fail-on LEVEL    critical, high, medium, low or none (default: low, or failOn in .plumbline.yml)
  -p, --param Key=Value  pin a template parameter (repeatable)
      --var name=value   set a Terraform variable, as terraform plan -var does (repeatable)
      --var-file FILE    read Terraform variables from FILE, as terraform plan -var-file does (repeatable)
  -c, --config FILE      read suppressions and the baseline from FILE (default: .plumbline.yml if present)
      --skip-unreadable  warn about files that cannot be read or decoded instead of exiting 2
      --show-secrets     print values that look like secrets as written (masked with █ by default)
  -q, --quiet            print findings only: no summary or scores, no warnings on standard error
      --language LANG    en or zh-cn: the language of text and markdown reports (default: en)
  -h, --help             show this help

The report goes to standard output; problems with the input go to standard error.
Colour: on for a terminal; NO_COLOR turns it off, FORCE_COLOR turns it on.
${exitStatus}`,

  rules: `Usage: plumbline rules [--format text|json]

Lists every rule: id, severity, pillar and title (json adds formats, resource types and peer equivalents).`,

  explain: `Usage: plumbline explain RULE-ID

Prints what a rule checks, why it matters, the fix for each format, its guide and the same check in other tools.`,

  readiness: `Usage: plumbline readiness <paths…|-> --peak-rps N [options]

Holds the architecture in CloudFormation templates against an expected peak: Auto Scaling and ECS capacity, Lambda
concurrency, DynamoDB writes, database connections, queues, CDN and cache, WAF rate-based rules, Multi-AZ and
alarms, each PASS, WARN or FAIL with its arithmetic, and the service quotas to raise with the numbers to ask for.

The peak:
      --peak-rps N                  requests per second at the peak (required)
      --duration-minutes M          how long the peak lasts (default: 60)
      --event-type TYPE             launch, migration, flash-sale or peak (default: peak)
      --baseline-rps N              requests per second on a normal day
      --writes-per-second N         database writes at the peak (default: 10 % of --peak-rps)
      --per-instance-rps N          requests one instance or task serves (default: 100)
      --lambda-duration-ms N        average Lambda duration (default: 200)
      --connections-per-instance N  database connections per instance or task (default: 10)
      --concurrent-users N          users at the peak (checks WAF rate limits against one user's requests)
      --region REGION               a Region of the event, e.g. us-east-1 (repeatable)
  -p, --param Key=Value             pin a template parameter (repeatable)

Output:
  -f, --format FORMAT               text (one line per item) or json (the ReadinessReport) (default: text)
      --language LANG               en or zh-cn, for text and the runbook (default: en)
      --runbook-start DATETIME      print the event runbook in Markdown instead, for an event starting then,
                                    e.g. 2026-11-11T20:00 (wall-clock time in --time-zone) or with an offset
      --time-zone ZONE              IANA time zone of the event, e.g. Asia/Shanghai (needed with --runbook-start)
  -h, --help                        show this help

A capacity passes when it covers the need × 1.3, warns when it covers the need only, and fails below it.
Exit status: 0 no item fails, 1 an item fails, 2 usage errors or files that could not be found, read or parsed.`,

  baseline: `Usage: plumbline baseline [paths…] [--config FILE]

Checks the paths (default: the current folder) and records every finding in the config file (default:
.plumbline.yml) under baseline:, so later runs of plumbline check fail only on new findings.`,
};
