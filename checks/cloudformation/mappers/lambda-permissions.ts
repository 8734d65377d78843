/** AWS::Lambda::Permission: who may invoke a function, and for which source resource or account. */
import type { LambdaPermission } from '../../model/aws/compute.ts';
import type { CfnMapper } from '../mapper.ts';
import { text, type Cursor, type ResourceReader } from '../read.ts';
import { referencesIn } from './support/value-origin.ts';

/** `SourceArn: !GetAtt Bucket.Arn` or a `!Sub` over a resource of this stack. */
function namesStackResource(reader: ResourceReader, cursor: Cursor): boolean {
  const value = cursor.value;
  if (!value || value.kind === 'absent') return false;
  if (value.kind === 'ref') return true;
  return 'node' in value && referencesIn(value.node, reader.ctx.template).resources.length > 0;
}

const lambdaPermissions: CfnMapper = {
  types: ['AWS::Lambda::Permission'],
  kinds: ['aws.lambda.permission'],

  build(reader, base) {
    if (reader.resource.type !== 'AWS::Lambda::Permission') return undefined;
    const sourceArn = reader.get('SourceArn');
    const permission: LambdaPermission = {
      ...base,
      kind: 'aws.lambda.permission',
      principal: text(reader.get('Principal')),
      sourceArn: text(sourceArn),
      sourceAccount: text(reader.get('SourceAccount')),
      sourceArnFromStack: namesStackResource(reader, sourceArn),
    };
    return permission;
  },
};
export default lambdaPermissions;
