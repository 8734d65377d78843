/** Compose files (`compose.yaml`, `docker-compose.yml`, any name with Compose content) behind the `FormatAdapter` seam. */
import { serviceWorkload } from '../compose/services.ts';
import { isComposeDocument, readProject, type ComposeProject, type ComposeService } from '../compose/project.ts';
import { suppressionsInComments } from '../engine/suppressions.ts';
import { annotationSuppressions } from '../kubernetes/manifest.ts';
import { Model } from '../model/model.ts';
import type { Suppression } from '../model/types.ts';
import { scalarText, valueOf } from '../parse/tree.ts';
import { parseSource } from '../parse/input.ts';
import { diagnosticAt } from '../source/diagnostic.ts';
import type { Detection, FormatAdapter, InputLimits, ReadResult } from './format.ts';

/** Compose sets no size limit; a file this large is generated, and 2,000 services is far past any single host. */
export const composeLimits: InputLimits = {
  maxBytes: 4 * 1_048_576,
  maxResources: 2_000,
  tooLarge: (bytes) => `the file is ${(bytes / 1_048_576).toFixed(1)} MB; Plumbline checks Compose files up to 4 MB, so it was not checked`,
};

const composeName = /(?:^|\/)(?:docker-)?compose(?:\.[\w-]+)?\.ya?ml$/i;
const servicesKey = /^services:[ \t]*(?:#.*)?$/m;

function detect(path: string, text: string): Detection {
  if (composeName.test(path)) return 'yes';
  return servicesKey.test(text.slice(0, 65_536)) ? 'yes' : 'no';
}

function read(path: string, text: string): ReadResult<ComposeProject> {
  const parsed = parseSource(path, text);
  if (parsed.diagnostics.some((diagnostic) => diagnostic.level === 'error')) return { kind: 'failed', status: 'error', diagnostics: parsed.diagnostics };
  const [document] = parsed.documents;
  if (!document || !isComposeDocument(document)) return { kind: 'not-mine', reason: 'it has no `services:` map of services, so it is not a Compose file' };
  if (parsed.documents.length > 1) {
    const message = 'this file holds more than one YAML document; Compose reads one document per file';
    return { kind: 'failed', status: 'error', diagnostics: [diagnosticAt(parsed.file, parsed.starts[1], 'error', 'multiple-documents', message)] };
  }
  const { project, diagnostics } = readProject(parsed.file, document);
  if (project.services.length > composeLimits.maxResources) {
    const message = `the file defines ${project.services.length} services; Plumbline checks up to ${composeLimits.maxResources}, so it was not checked`;
    return { kind: 'failed', status: 'error', diagnostics: [{ level: 'error', code: 'too-many-resources', message, file: path }] };
  }
  if (diagnostics.some((diagnostic) => diagnostic.level === 'error')) return { kind: 'failed', status: 'error', diagnostics: [...parsed.diagnostics, ...diagnostics] };
  return { kind: 'source', source: project, diagnostics: [...parsed.diagnostics, ...diagnostics] };
}

const addressOf = (service: ComposeService) => `service.${service.name}`;

/** `labels: { plumbline.dev/ignore: "RULE-ID: reason" }` (map or `KEY=value` list), and ignore comments in the service. */
function serviceSuppressions(project: ComposeProject, service: ComposeService): Suppression[] {
  const labels = valueOf(service.node, 'labels');
  const values = new Map<string, string>();
  if (labels?.kind === 'map') for (const entry of labels.entries) values.set(entry.key, scalarText(entry.value) ?? '');
  else if (labels?.kind === 'seq')
    for (const item of labels.items) {
      const text = scalarText(item) ?? '';
      const equals = text.indexOf('=');
      if (equals > 0) values.set(text.slice(0, equals), text.slice(equals + 1));
    }
  const fromLabels = annotationSuppressions(values).map(({ ruleId, reason }): Suppression => ({ ruleId, reason, source: 'metadata' }));
  return [...fromLabels, ...suppressionsInComments(project.file.text.slice(service.at.start, service.node.end))];
}

export const compose: FormatAdapter<ComposeProject> = {
  format: 'compose',
  limits: composeLimits,
  walkedExtensions: ['.yaml', '.yml'],
  detect,
  read,
  fileOf: (project) => project.file,
  resourceCount: (project) => project.services.length,
  scenarios: () => [{ conditions: new Map() }],
  conditionNames: () => [],
  build(project, _scenario, _params, suppressionsOf) {
    const model = new Model();
    for (const service of project.services) {
      const address = addressOf(service);
      model.add(serviceWorkload(service, { kind: 'service', name: service.name, sourceType: 'service', address, at: service.at, suppressions: suppressionsOf(address) }));
    }
    return model;
  },
  suppressions(project, name) {
    const service = project.services.find((candidate) => addressOf(candidate) === name);
    return service ? serviceSuppressions(project, service) : [];
  },
  references: (project) =>
    project.services.map((service) => {
      const dependsOn = valueOf(service.node, 'depends_on');
      const names = dependsOn?.kind === 'map' ? dependsOn.entries.map((entry) => entry.key) : dependsOn?.kind === 'seq' ? dependsOn.items.flatMap((item) => scalarText(item) ?? []) : [];
      const declared = new Set(project.services.map((candidate) => candidate.name));
      return {
        name: addressOf(service),
        sourceType: 'service',
        address: addressOf(service),
        at: service.at,
        references: names.filter((name) => declared.has(name) && name !== service.name).map((name) => ({ to: `service.${name}`, kind: 'order' as const })),
      };
    }),
  sourceTypesFor: (kinds) => (kinds.includes('workload') ? ['service'] : []),
};
