import type { PolicyStatement } from '../../../../model/aws/iam.ts';
import { defineRule } from '../../../rule.ts';
import { allows, conditionOn, identityNarrowingKeys } from '../../policy-principals.ts';

/** Keys that narrow "everyone" in a key policy: the caller's account or organisation, or the service calling KMS for them. */
const keyNarrowingKeys = [...identityNarrowingKeys, 'kms:calleraccount', 'kms:viaservice'];

const grantsEveryone = (statement: PolicyStatement) => allows(statement) && statement.principalIsEveryone === true && !conditionOn(statement, keyNarrowingKeys);

export default defineRule({
  id: 'AWS-KMS-KEY-POLICY-WILDCARD',
  title: 'KMS key policies do not open the key to every AWS account',
  problem: 'KMS key policy allows everyone to use or manage the key',
  pillar: 'security',
  severity: 'high',
  rationale:
    'The key policy is the primary control over a KMS key: a statement whose principal is "*" applies to principals of every AWS account, so anyone who can reach the key by its ARN may use it to decrypt data or, with kms:*, change its policy. The default key policy names only the account itself (arn:aws:iam::ACCOUNT:root); a statement for "*" needs a condition such as kms:CallerAccount or aws:PrincipalOrgID.',
  guide: 'kms-key-management',
  reads: ['aws.kms.key'],
  messages: {
    allows: 'key policy of {key} allows {actions} to everyone ({principal}) with no condition on the caller account, organisation or service',
    allowsComputed: 'key policy of {key} allows computed actions to everyone ({principal}) with no condition on the caller account, organisation or service',
  },
  fix: {
    cloudformation: `KeyPolicy:
  Version: "2012-10-17"
  Statement:
    - Sid: AccountAdministers
      Effect: Allow
      Principal:
        AWS: !Sub arn:\${AWS::Partition}:iam::\${AWS::AccountId}:root   # not "*"
      Action: kms:*
      Resource: "*"
    - Sid: UseThroughS3InThisAccount
      Effect: Allow
      Principal: { AWS: "*" }
      Action: [kms:Decrypt, kms:GenerateDataKey*]
      Resource: "*"
      Condition:
        StringEquals:
          kms:CallerAccount: !Ref AWS::AccountId
          kms:ViaService: !Sub s3.\${AWS::Region}.amazonaws.com`,
    terraform: `data "aws_iam_policy_document" "key" {
  statement {
    sid       = "AccountAdministers"
    actions   = ["kms:*"]
    resources = ["*"]
    principals {
      type        = "AWS"
      identifiers = ["arn:aws:iam::\${data.aws_caller_identity.current.account_id}:root"]
    }
  }
}

resource "aws_kms_key" "data" {
  enable_key_rotation = true
  policy              = data.aws_iam_policy_document.key.json
}`,
  },
  equivalents: { checkov: ['CKV_AWS_33'] },

  check(model, report) {
    for (const key of model.of('aws.kms.key')) {
      if (!key.keyPolicy || key.keyPolicy.unreadable) continue;
      for (const statement of key.keyPolicy.statements) {
        if (!grantsEveryone(statement)) continue;
        const params = { key: key.name, principal: statement.written?.everyone ?? '"Principal": "*"' };
        if (statement.actions === undefined) report(key, statement.at, 'allowsComputed', params);
        else report(key, statement.at, 'allows', { ...params, actions: statement.notAction ? statement.actions.map((action) => `NotAction ${action}`) : statement.actions });
      }
    }
  },
});
