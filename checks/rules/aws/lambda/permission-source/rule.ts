import { propertyName } from '../../../message.ts';
import { defineRule } from '../../../rule.ts';

/** Service principals are `<service>.amazonaws.com` (`.amazonaws.com.cn` in China); accounts, ARNs and `*` are not. */
const isServicePrincipal = (principal: string) => /^[a-z0-9.-]+\.amazonaws\.com(?:\.cn)?$/.test(principal);

/**
 * CloudFormation invokes a macro's function while it processes a template of the account that registered the macro;
 * AWS's macro examples grant it with no source, and no source value is documented for it, so it is not reported.
 */
const withoutSourceContext = new Set(['cloudformation.amazonaws.com']);

export default defineRule({
  id: 'AWS-LAMBDA-PERMISSION-SOURCE',
  title: 'Lambda permissions for AWS services name the source resource or account',
  problem: 'Lambda permission lets an AWS service invoke the function on behalf of any resource or account',
  pillar: 'security',
  severity: 'medium',
  rationale:
    'A permission that names only a service principal such as sns.amazonaws.com lets that service invoke the function for any resource in any account that points at it, the confused deputy problem. SourceArn ties the permission to your topic, rule or API; for Amazon S3, whose bucket ARNs carry no account id and whose names can be taken again after deletion, AWS recommends SourceAccount as well.',
  guide: 'data-perimeter',
  reads: ['aws.lambda.permission'],
  messages: {
    noSource: 'Lambda permission {permission} lets {principal} invoke the function with neither {sourceArn} nor {sourceAccount} set',
    s3NoAccount: 'Lambda permission {permission} lets {principal} invoke the function for {sourceArn} {arn} without {sourceAccount}; a bucket ARN names no account',
  },
  fix: {
    cloudformation: `Type: AWS::Lambda::Permission
Properties:
  FunctionName: !Ref Thumbnails
  Action: lambda:InvokeFunction
  Principal: s3.amazonaws.com
  SourceArn: !GetAtt Uploads.Arn
  SourceAccount: !Ref AWS::AccountId`,
    terraform: `resource "aws_lambda_permission" "uploads" {
  function_name  = aws_lambda_function.thumbnails.function_name
  action         = "lambda:InvokeFunction"
  principal      = "s3.amazonaws.com"
  source_arn     = aws_s3_bucket.uploads.arn
  source_account = data.aws_caller_identity.current.account_id
}`,
  },
  equivalents: { checkov: ['CKV_AWS_364'] },

  check(model, report) {
    for (const permission of model.of('aws.lambda.permission')) {
      const { principal, sourceArn, sourceAccount } = permission;
      if (principal.state !== 'known' || !isServicePrincipal(principal.value.toLowerCase()) || withoutSourceContext.has(principal.value.toLowerCase())) continue;
      const names = { permission: permission.name, principal: principal.value, sourceArn: propertyName(sourceArn, 'SourceArn'), sourceAccount: propertyName(sourceAccount, 'SourceAccount') };
      if (sourceArn.state === 'absent' && sourceAccount.state === 'absent') report(permission, principal.at, 'noSource', names);
      // A bucket of this stack lives and dies with the permission; a bucket named from outside may change hands.
      else if (principal.value.toLowerCase().startsWith('s3.') && sourceArn.state === 'known' && sourceAccount.state === 'absent' && !permission.sourceArnFromStack)
        report(permission, sourceArn.at, 's3NoAccount', { ...names, arn: sourceArn.value });
    }
  },
});
