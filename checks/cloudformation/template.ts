/** Recognises a CloudFormation (or SAM) template in a parsed document and indexes its sections. */
import { diagnosticAt, type Diagnostic } from '../source/diagnostic.ts';
import type { SourceFile } from '../source/file.ts';
import { entryOf, scalarText, valueOf, type MapEntry, type MapNode, type Node } from '../parse/tree.ts';

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
}

export type TemplateResult = { kind: 'template'; template: CfnTemplate; diagnostics: Diagnostic[] } | { kind: 'not-template'; reason: string } | { kind: 'invalid'; diagnostics: Diagnostic[] };

function looksLikeTemplate(root: MapNode): boolean {
  if (entryOf(root, 'AWSTemplateFormatVersion')) return true;
  const resources = valueOf(root, 'Resources');
  if (resources?.kind !== 'map') return false;
  return resources.entries.some((entry) => {
    const type = entry.value.kind === 'map' ? scalarText(valueOf(entry.value, 'Type')) : undefined;
    return type !== undefined && /^(AWS|Alexa|Custom)::|^Custom::/.test(type);
  });
}

/** Whether a parsed document looks like a CloudFormation template at all (and not, say, a Kubernetes manifest). */
export function isTemplateDocument(root: Node): root is MapNode {
  return root.kind === 'map' && looksLikeTemplate(root);
}

export function readTemplate(file: SourceFile, root: Node): TemplateResult {
  if (!isTemplateDocument(root)) {
    return { kind: 'not-template', reason: 'not a CloudFormation template (no AWSTemplateFormatVersion and no Resources with AWS:: types)' };
  }
  const diagnostics: Diagnostic[] = [];
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

  const parameters = new Map<string, CfnParameter>();
  const parametersNode = valueOf(root, 'Parameters');
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

  const conditions = new Map<string, MapEntry>();
  const conditionsNode = valueOf(root, 'Conditions');
  if (conditionsNode?.kind === 'map') for (const entry of conditionsNode.entries) conditions.set(entry.key, entry);

  const resources = new Map<string, CfnResource>();
  for (const entry of resourcesNode.entries) {
    if (entry.key.startsWith('Fn::ForEach::')) {
      diagnostics.push(diagnosticAt(file, entry.keyStart, 'warning', 'unsupported', `${entry.key} (AWS::LanguageExtensions) is not expanded yet; the resources it generates were not checked`));
      continue;
    }
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

  const template: CfnTemplate = { file, root, parameters, conditions, resources, isSam };
  const mappings = valueOf(root, 'Mappings');
  if (mappings?.kind === 'map') template.mappings = mappings;
  const globals = valueOf(root, 'Globals');
  if (globals?.kind === 'map') template.globals = globals;
  return { kind: 'template', template, diagnostics };
}
