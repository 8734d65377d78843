/** `aws_lambda_permission`: who may invoke a function, and for which source resource or account. */
import type { LambdaPermission } from '../../../model/aws/compute.ts';
import type { Mapper } from '../../../read/build.ts';
import { text } from '../../../read/convert.ts';
import type { TfReader } from '../reader.ts';
import { mentionsIn } from '../references.ts';

const lambdaPermissions: Mapper<TfReader> = {
  types: ['aws_lambda_permission'],
  kinds: ['aws.lambda.permission'],

  build(reader, base) {
    if (reader.resource.type !== 'aws_lambda_permission') return undefined;
    const sourceArn = reader.get('source_arn');
    const permission: LambdaPermission = {
      ...base,
      kind: 'aws.lambda.permission',
      principal: text(reader.get('principal')),
      sourceArn: text(sourceArn),
      sourceAccount: text(reader.get('source_account')),
      sourceArnFromStack: mentionsIn(reader, sourceArn).length > 0,
    };
    return permission;
  },
};
export default lambdaPermissions;
