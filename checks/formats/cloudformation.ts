/** CloudFormation (YAML with every short-form tag, JSON, SAM) behind the `FormatAdapter` seam. */
import { buildModel, cloudFormationTypesFor } from '../cloudformation/build.ts';
import { declaredResources } from '../cloudformation/references.ts';
import { paramsFor, stackUnits } from '../cloudformation/nested.ts';
import { scenariosOf, usedConditions } from '../cloudformation/scenarios.ts';
import { templateSuppressions } from '../cloudformation/suppressions.ts';
import { isTemplateDocument, maxResources, readTemplate, type CfnTemplate } from '../cloudformation/template.ts';
import { parseSource, withoutByteOrderMark } from '../parse/input.ts';
import { diagnosticAt } from '../source/diagnostic.ts';
import { sourceFile } from '../source/file.ts';
import type { Detection, FormatAdapter, InputLimits, ReadResult } from './format.ts';

/** CloudFormation accepts template bodies up to 1 MB (from S3) and 500 resources per stack. */
export const cloudFormationLimits: InputLimits = {
  maxBytes: 1_048_576,
  maxResources,
  tooLarge: (bytes) => `the file is ${(bytes / 1_048_576).toFixed(1)} MB; CloudFormation accepts templates up to 1 MB, so it was not checked`,
};

const templateMarks = /AWSTemplateFormatVersion|\b(?:AWS|Alexa)::[A-Za-z0-9]+::|\bCustom::/;

/** Marks of a template are certain; otherwise any YAML or JSON may still be one, so reading decides. */
function detect(_path: string, text: string): Detection {
  return templateMarks.test(text.slice(0, 65_536)) ? 'yes' : 'maybe';
}

function read(path: string, text: string): ReadResult<CfnTemplate> {
  if (withoutByteOrderMark(text).length > cloudFormationLimits.maxBytes) {
    const file = sourceFile(path, withoutByteOrderMark(text));
    return {
      kind: 'failed',
      status: 'error',
      diagnostics: [diagnosticAt(file, undefined, 'error', 'too-large', 'the template is larger than 1 MB, the most CloudFormation accepts, so it was not checked')],
    };
  }
  const parsed = parseSource(path, text);
  const errors = parsed.diagnostics.filter((diagnostic) => diagnostic.level === 'error');
  if (errors.length > 0 || parsed.documents.length === 0) {
    const diagnostics = parsed.diagnostics.length > 0 ? parsed.diagnostics : [{ level: 'skipped' as const, code: 'empty', message: 'the file is empty', file: path }];
    return { kind: 'failed', diagnostics, status: errors.length > 0 ? 'error' : 'skipped' };
  }
  if (parsed.documents.length > 1 && parsed.documents.some(isTemplateDocument)) {
    // CloudFormation refuses such a file; checking only the first document would pass whatever the others hold.
    // Multi-document files with no template in them (Kubernetes manifests) are skipped below like any other non-template.
    const message = 'this file holds more than one YAML document; CloudFormation reads one template per file';
    return { kind: 'failed', status: 'error', diagnostics: [diagnosticAt(parsed.file, parsed.starts[1], 'error', 'multiple-documents', message)] };
  }
  const template = readTemplate(parsed.file, parsed.documents[0]!);
  if (template.kind === 'not-template') return { kind: 'not-mine', reason: template.reason };
  if (template.kind === 'invalid') return { kind: 'failed', status: 'error', diagnostics: template.diagnostics };
  // The template's own diagnostics come with its units: `--param` values may expand its loops differently.
  return { kind: 'source', source: template.template, diagnostics: parsed.diagnostics };
}

export const cloudFormation: FormatAdapter<CfnTemplate> = {
  format: 'cloudformation',
  limits: cloudFormationLimits,
  walkedExtensions: ['.yaml', '.yml', '.json', '.template', '.tmpl'],
  detect,
  read,
  fileOf: (template) => template.file,
  resourceCount: (template) => template.resources.size,
  units: (templates, given) => stackUnits(templates, given.params).map(({ template, diagnostics, source }) => ({ unit: template, diagnostics, source })),
  memberFiles: (template) => (template.nested?.reportsFile === false ? [] : [{ path: template.file.path, resources: template.resources.size }]),
  scenarios: (template, params) => scenariosOf(template, paramsFor(template, params)),
  conditionNames: (template) => [...usedConditions(template)],
  build(template, scenario, params, suppressionsOf) {
    return buildModel({ template, params: paramsFor(template, params), conditions: scenario.conditions, inputs: scenario.inputs ?? new Map() }, (resource) => suppressionsOf(resource.logicalId));
  },
  suppressions(template, name) {
    const resource = template.resources.get(name);
    return resource ? templateSuppressions(template.file, resource) : [];
  },
  references: declaredResources,
  sourceTypesFor: cloudFormationTypesFor,
};
