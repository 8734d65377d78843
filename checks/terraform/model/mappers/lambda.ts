/**
 * `aws_lambda_function` and what sets its concurrency elsewhere: `aws_lambda_provisioned_concurrency_config`.
 * Environment values keep where they come from, so the secrets rule flags only values written in the file.
 */
import type { EnvironmentVariable, LambdaFunction, ValueOrigin } from '../../../model/aws/compute.ts';
import { absent, known, unknownAttr, type Attr } from '../../../model/types.ts';
import type { Mapper } from '../../../read/build.ts';
import { number, referencedResource, text } from '../../../read/convert.ts';
import { claimDefaultLogGroup, ownLogGroup } from '../../../read/aws/lambda-log-groups.ts';
import { literalText } from '../common.ts';
import type { Cursor, TfReader } from '../reader.ts';
import { mentions } from '../references.ts';

function originOf(reader: TfReader, cursor: Cursor): ValueOrigin {
  if (cursor.value?.kind === 'ref') return 'resource-reference';
  return literalText(reader, cursor) !== undefined ? 'literal' : 'unknown';
}

function environmentOf(reader: TfReader): EnvironmentVariable[] {
  return reader.entries(reader.get('environment', 'variables')).map(({ key, cursor }) => ({ name: key, value: text(cursor), origin: originOf(reader, cursor) }));
}

/** The architecture: `architectures = ["arm64"]` holds one entry; the default is x86_64. A list known only at apply time is unknown. */
function architectureOf(reader: TfReader): Attr<string> {
  const list = reader.get('architectures');
  if (list.value !== undefined && list.value.kind !== 'seq') return unknownAttr(list.at, list.property);
  const [first] = reader.items(list);
  return first ? text(first) : absent<string>(list.at, list.property);
}

const lambda: Mapper<TfReader> = {
  types: ['aws_lambda_function', 'aws_lambda_provisioned_concurrency_config', 'aws_cloudwatch_log_group'],
  kinds: ['aws.lambda.function'],

  build(reader, base) {
    if (reader.resource.type !== 'aws_lambda_function') return undefined;
    const reserved = number(reader.get('reserved_concurrent_executions'));
    const fn: LambdaFunction = {
      ...base,
      kind: 'aws.lambda.function',
      runtime: text(reader.get('runtime')),
      packageType: text(reader.get('package_type')),
      memorySize: number(reader.get('memory_size')),
      architecture: architectureOf(reader),
      tracingMode: text(reader.get('tracing_config', 'mode')),
      environment: environmentOf(reader),
      // -1 is the provider's way of saying "no reservation": the function shares the account's pool.
      reservedConcurrency: reserved.state === 'known' && reserved.value < 0 ? absent(reserved.at, reserved.property) : reserved,
      provisionedConcurrency: absent(reader.place),
      // Set by a distribution's `lambda_function_association` (see cloudfront.ts).
      edgeViewerTrigger: false,
      functionName: text(reader.get('function_name')),
      declaredLogGroup: ownLogGroup(text(reader.get('logging_config', 'log_group')), reader.place, 'logging_config'),
      // Set with edgeViewerTrigger, for any event.
      edgeTrigger: false,
      // Terraform has no CloudFormation macros or custom resources.
      deploymentHandler: false,
    };
    return fn;
  },

  link(reader, links) {
    if (reader.resource.type === 'aws_cloudwatch_log_group') {
      const name = reader.get('name');
      return claimDefaultLogGroup(links.model.of('aws.lambda.function'), text(name), (fn) => mentions(reader, name, fn.address));
    }
    if (reader.resource.type !== 'aws_lambda_provisioned_concurrency_config') return;
    const fn = links.resource(referencedResource(reader.get('function_name')) ?? '');
    const amount = number(reader.get('provisioned_concurrent_executions'));
    if (fn?.kind !== 'aws.lambda.function' || amount.state !== 'known') return;
    const current = fn.provisionedConcurrency;
    if (current.state !== 'known' || current.value < amount.value) fn.provisionedConcurrency = known(amount.value, amount.at, amount.property);
  },
};
export default lambda;
