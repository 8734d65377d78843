/** Recognises a CloudFormation (or SAM) template in a parsed document and indexes its sections. */
import { diagnosticAt, type Diagnostic } from '../source/diagnostic.ts';
import type { SourceFile } from '../source/file.ts';
import { entryOf, scalarText, valueOf, type MapEntry, type MapNode, type Node } from '../parse/tree.ts';
import { expandForEach } from './foreach.ts';

/** CloudFormation's own quota: a stack holds at most 500 resources. */
export const maxResources = 500;

export interface CfnParameter {
  name: string;
  entry: MapEntry;
  type: string;
  default?: Node;
  noEcho: boolean;
  allowedValues: string[];
}

export interface CfnResource {
  logicalId: string;
  /** The `LogicalId:` key; findings about the resource as a whole point here. */
  entry: MapEntry;
  type: string;
  properties?: MapNode;
  condition?: string;
  metadata?: MapNode;
  deletionPolicy?: Node;
  updateReplacePolicy?: Node;
}

export interface CfnTemplate {
  file: SourceFile;
  root: MapNode;
  parameters: Map<string, CfnParameter>;
  mappings?: MapNode;
  conditions: Map<string, MapEntry>;
  resources: Map<string, CfnResource>;
  /** SAM `Globals`, merged into serverless resources by the model builder. */
  globals?: MapNode;
  isSam: boolean;
  /** The document as written, before `Fn::ForEach` was expanded (to expand again with other parameter values). */
  written: MapNode;
  /** Parameters whose value decides an `Fn::ForEach` collection. */
  loopParameters: ReadonlySet<string>;
  /** Problems found reading the sections (ignored resources, loops that could not be expanded). */
  diagnostics: Diagnostic[];
  /** Set when the template is checked as the child of a stack in the same check. */
  nested?: NestedStack;
}

/** A template checked as a nested stack: where it sits and what its parent passes it. */
export interface NestedStack {
  /** The stacks from the root down: `AWS::CloudFormation::Stack` logical ids and the files declaring them. */
  chain: { logicalId: string; file: string }[];
  /** Parameter values the parent passes, resolved in the parent; they replace the user's `--param` values. */
  params: ReadonlyMap<string, string>;
  /** The first instantiation of a file reports it in the file list; another parent's checks it again silently. */
  reportsFile: boolean;
}

/** `AWS::S3::Bucket.Logs`, or `Network(main.yaml)/AWS::S3::Bucket.Logs` inside nested stack Network of main.yaml. */
export function addressOf(template: Pick<CfnTemplate, 'nested'>, type: string, logicalId: string): string {
  const prefix = template.nested?.chain.map((stack) => `${stack.logicalId}(${stack.file})/`).join('') ?? '';
  return `${prefix}${type}.${logicalId}`;
}

export type TemplateResult = { kind: 'template'; template: CfnTemplate } | { kind: 'not-template'; reason: string } | { kind: 'invalid'; diagnostics: Diagnostic[] };

function looksLikeTemplate(root: MapNode): boolean {
  if (entryOf(root, 'AWSTemplateFormatVersion')) return true;
  const resources = valueOf(root, 'Resources');
  if (resources?.kind !== 'map') return false;
  return resources.entries.some((entry) => {
    if (entry.key.startsWith('Fn::ForEach::')) return true;
    const type = entry.value.kind === 'map' ? scalarText(valueOf(entry.value, 'Type')) : undefined;
    return type !== undefined && /^(AWS|Alexa|Custom)::|^Custom::/.test(type);
  });
}

/** Whether a parsed document looks like a CloudFormation template at all (and not, say, a Kubernetes manifest). */
export function isTemplateDocument(root: Node): root is MapNode {
  return root.kind === 'map' && looksLikeTemplate(root);
}

/**
 * Indexes a template's sections, after expanding `Fn::ForEach` with `params` (the user's `--param` values, or
 * those a parent stack passes) over the parameters' defaults.
 */
export function readTemplate(file: SourceFile, written: Node, params: ReadonlyMap<string, string> = new Map()): TemplateResult {
  if (!isTemplateDocument(written)) {
    return { kind: 'not-template', reason: 'not a CloudFormation template (no AWSTemplateFormatVersion and no Resources with AWS:: types)' };
  }
  const diagnostics: Diagnostic[] = [];
  const parameters = new Map<string, CfnParameter>();
  const parametersNode = valueOf(written, 'Parameters');
  if (parametersNode?.kind === 'map') {
    for (const entry of parametersNode.entries) {
      if (entry.value.kind !== 'map') continue;
      const definition = entry.value;
      const allowed = valueOf(definition, 'AllowedValues');
      const defaultNode = valueOf(definition, 'Default');
      const parameter: CfnParameter = {
        name: entry.key,
        entry,
        type: scalarText(valueOf(definition, 'Type')) ?? 'String',
        noEcho: String(scalarText(valueOf(definition, 'NoEcho'))).toLowerCase() === 'true',
        allowedValues: allowed?.kind === 'seq' ? allowed.items.flatMap((item) => scalarText(item) ?? []) : [],
      };
      if (defaultNode) parameter.default = defaultNode;
      parameters.set(entry.key, parameter);
    }
  }

  const expanded = expandForEach(file, written, parameters, params);
  const root = expanded.root;
  diagnostics.push(...expanded.diagnostics);
  const resourcesEntry = entryOf(root, 'Resources');
  if (!resourcesEntry || resourcesEntry.value.kind !== 'map') {
    const at = resourcesEntry?.keyStart ?? root.start;
    return { kind: 'invalid', diagnostics: [diagnosticAt(file, at, 'error', 'template-shape', 'the template has no Resources section (CloudFormation requires one)')] };
  }
  const resourcesNode = resourcesEntry.value;
  if (resourcesNode.entries.length > maxResources) {
    return {
      kind: 'invalid',
      diagnostics: [
        diagnosticAt(
          file,
          resourcesEntry.keyStart,
          'error',
          'too-many-resources',
          `the template declares ${resourcesNode.entries.length} resources; CloudFormation allows at most ${maxResources} per stack, so it was not checked`,
        ),
      ],
    };
  }

  const transform = valueOf(root, 'Transform');
  const transforms = transform?.kind === 'seq' ? transform.items.map(scalarText) : [scalarText(transform)];
  const isSam = transforms.some((name) => name?.startsWith('AWS::Serverless'));

  const conditions = new Map<string, MapEntry>();
  const conditionsNode = valueOf(root, 'Conditions');
  if (conditionsNode?.kind === 'map') for (const entry of conditionsNode.entries) conditions.set(entry.key, entry);

  const resources = new Map<string, CfnResource>();
  for (const entry of resourcesNode.entries) {
    if (entry.value.kind !== 'map') {
      diagnostics.push(diagnosticAt(file, entry.keyStart, 'warning', 'template-shape', `resource ${entry.key} is not a mapping; it was ignored`));
      continue;
    }
    const body = entry.value;
    const type = scalarText(valueOf(body, 'Type'));
    if (!type) {
      diagnostics.push(diagnosticAt(file, entry.keyStart, 'warning', 'template-shape', `resource ${entry.key} has no Type; it was ignored`));
      continue;
    }
    const resource: CfnResource = { logicalId: entry.key, entry, type };
    const properties = valueOf(body, 'Properties');
    if (properties?.kind === 'map') resource.properties = properties;
    const condition = scalarText(valueOf(body, 'Condition'));
    if (condition) resource.condition = condition;
    const metadata = valueOf(body, 'Metadata');
    if (metadata?.kind === 'map') resource.metadata = metadata;
    const deletionPolicy = valueOf(body, 'DeletionPolicy');
    if (deletionPolicy) resource.deletionPolicy = deletionPolicy;
    const updateReplacePolicy = valueOf(body, 'UpdateReplacePolicy');
    if (updateReplacePolicy) resource.updateReplacePolicy = updateReplacePolicy;
    resources.set(entry.key, resource);
  }

  const template: CfnTemplate = { file, root, parameters, conditions, resources, isSam, written, loopParameters: expanded.collectionParameters, diagnostics };
  const mappings = valueOf(root, 'Mappings');
  if (mappings?.kind === 'map') template.mappings = mappings;
  const globals = valueOf(root, 'Globals');
  if (globals?.kind === 'map') template.globals = globals;
  return { kind: 'template', template };
}
