/** AWS::Lambda::Function and SAM's AWS::Serverless::Function, with SAM `Globals.Function` defaults applied. */
import type { EnvironmentVariable, LambdaFunction } from '../../model/aws/compute.ts';
import { absent, unknownAttr, type Attr, type ResourceBase } from '../../model/types.ts';
import type { CfnMapper } from '../mapper.ts';
import { valueOf } from '../../parse/tree.ts';
import { number, text, type Cursor, type ResourceReader } from '../read.ts';
import { claimDefaultLogGroup, ownLogGroup } from '../../read/aws/lambda-log-groups.ts';
import { mentions } from './support/ec2-references.ts';
import { samFunctionGlobals, samProperty } from './support/sam-globals.ts';
import { referencesIn, valueOrigin } from './support/value-origin.ts';

/** `Architectures` is a one-item list; the item is the setting. An empty list means the default. */
function architectureOf(reader: ResourceReader, cursor: Cursor): Attr<string> {
  const value = cursor.value;
  if (!value) return absent(cursor.at);
  if (value.kind === 'scalar') return text(cursor);
  if (value.kind !== 'seq') return unknownAttr(cursor.at);
  const first = reader.items(cursor)[0];
  return first ? text(first) : absent(cursor.at);
}

function variablesOf(reader: ResourceReader, variables: Cursor): EnvironmentVariable[] {
  return reader
    .entries(variables)
    .filter(({ cursor }) => cursor.value !== undefined)
    .map(({ key, cursor }) => ({ name: key, value: text(cursor), origin: valueOrigin(cursor.value, reader.ctx.template) }));
}

/** SAM merges `Globals.Function.Environment.Variables` with the function's own; the function wins on a name clash. */
function mergedVariables(reader: ResourceReader, globals: Cursor | undefined): EnvironmentVariable[] {
  const own = variablesOf(reader, reader.get('Environment', 'Variables'));
  if (!globals) return own;
  const shared = variablesOf(reader, reader.field(reader.field(globals, 'Environment'), 'Variables'));
  const names = new Set(own.map((variable) => variable.name));
  return [...shared.filter((variable) => !names.has(variable.name)), ...own];
}

function lambdaFunction(reader: ResourceReader, base: ResourceBase): LambdaFunction {
  return {
    ...base,
    kind: 'aws.lambda.function',
    runtime: text(reader.get('Runtime')),
    packageType: text(reader.get('PackageType')),
    memorySize: number(reader.get('MemorySize')),
    architecture: architectureOf(reader, reader.get('Architectures')),
    tracingMode: text(reader.get('TracingConfig', 'Mode')),
    environment: variablesOf(reader, reader.get('Environment', 'Variables')),
    reservedConcurrency: number(reader.get('ReservedConcurrentExecutions')),
    // Set by an alias or version in this stack (see lambda-concurrency.ts).
    provisionedConcurrency: absent(reader.properties.at),
    // Set by a distribution's Lambda@Edge associations (see cloudfront.ts).
    edgeViewerTrigger: false,
    functionName: text(reader.get('FunctionName')),
    declaredLogGroup: ownLogGroup(text(reader.get('LoggingConfig', 'LogGroup')), reader.place, 'LoggingConfig'),
    edgeTrigger: false,
    // Set in `link` when a macro or custom resource of this stack names it.
    deploymentHandler: false,
  };
}

function serverlessFunction(reader: ResourceReader, base: ResourceBase): LambdaFunction {
  const globals = samFunctionGlobals(reader);
  const property = (key: string) => samProperty(reader, globals, key);
  return {
    ...base,
    kind: 'aws.lambda.function',
    runtime: text(property('Runtime')),
    packageType: text(reader.get('PackageType')),
    memorySize: number(property('MemorySize')),
    architecture: architectureOf(reader, property('Architectures')),
    tracingMode: text(property('Tracing')),
    environment: mergedVariables(reader, globals),
    reservedConcurrency: number(property('ReservedConcurrentExecutions')),
    provisionedConcurrency: number(reader.field(property('ProvisionedConcurrencyConfig'), 'ProvisionedConcurrentExecutions')),
    edgeViewerTrigger: false,
    functionName: text(reader.get('FunctionName')),
    declaredLogGroup: ownLogGroup(text(reader.field(property('LoggingConfig'), 'LogGroup')), reader.place, 'LoggingConfig'),
    edgeTrigger: false,
    // Set in `link` when a macro or custom resource of this stack names it.
    deploymentHandler: false,
  };
}

/** A macro's `FunctionName` or a custom resource's `ServiceToken` in this template names the function. */
function invokedByCloudFormation(reader: ResourceReader, name: string): boolean {
  const template = reader.ctx.template;
  for (const resource of template.resources.values()) {
    const property =
      resource.type === 'AWS::CloudFormation::Macro' ? 'FunctionName' : resource.type.startsWith('Custom::') || resource.type === 'AWS::CloudFormation::CustomResource' ? 'ServiceToken' : undefined;
    const node = property && resource.properties ? valueOf(resource.properties, property) : undefined;
    if (node && referencesIn(node, template).resources.includes(name)) return true;
  }
  return false;
}

const lambda: CfnMapper = {
  types: ['AWS::Lambda::Function', 'AWS::Serverless::Function', 'AWS::Logs::LogGroup'],
  kinds: ['aws.lambda.function'],

  build(reader, base) {
    if (reader.resource.type === 'AWS::Lambda::Function') return lambdaFunction(reader, base);
    if (reader.resource.type === 'AWS::Serverless::Function') return serverlessFunction(reader, base);
    return undefined;
  },

  link(reader, links) {
    const fn = links.resource(reader.resource.logicalId);
    if (fn?.kind === 'aws.lambda.function') fn.deploymentHandler = invokedByCloudFormation(reader, fn.name);
    if (reader.resource.type !== 'AWS::Logs::LogGroup') return;
    const name = reader.get('LogGroupName');
    const node = name.value?.kind === 'unknown' ? name.value.node : undefined;
    claimDefaultLogGroup(links.model.of('aws.lambda.function'), text(name), (fn) => node !== undefined && mentions(node, fn.name));
  },
};
export default lambda;
