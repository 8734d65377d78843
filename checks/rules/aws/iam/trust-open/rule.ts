import type { PolicyStatement } from '../../../../model/aws/iam.ts';
import { defineRule } from '../../../rule.ts';
import { allows, conditionOn, identityNarrowingKeys } from '../../policy-principals.ts';

/** Keys that narrow who may assume a role trusted to everyone: the organisation, account or principal, or an external id. */
const trustNarrowingKeys = [...identityNarrowingKeys, 'sts:externalid'];

const github = 'token.actions.githubusercontent.com';

/** Actions that assume the role: `sts:AssumeRole*`, `sts:*`, `*`, or anything when written as NotAction. */
function assumes(statement: PolicyStatement, action: string): boolean {
  if (statement.notAction) return true;
  return statement.actions?.some((written) => written === '*' || written === 'sts:*' || written === action || (written.endsWith('*') && action.startsWith(written.slice(0, -1)))) ?? false;
}

/** The identity provider a federated principal names: `token.actions.githubusercontent.com` from its OIDC provider ARN. */
function providerOf(value: string): string {
  const arn = /:oidc-provider\/(.+)$/.exec(value);
  return arn ? arn[1]! : value;
}

/** A `sub` condition on GitHub's tokens that still admits every repository (`*`, `repo:*`). */
const admitsEveryRepository = (values: (string | undefined)[]) => values.length > 0 && values.every((value) => value !== undefined && /^(?:repo:)?\*/.test(value));

type Finding = { message: 'githubNoSub' | 'webIdentityUnbound'; provider: string; subKey: string };

/**
 * A web identity trust with nothing tying the token to your own audience or subject. GitHub's tokens always carry
 * `aud` = `sts.amazonaws.com` for every repository, so only a `sub` condition limits which workflows may assume.
 */
function unboundWebIdentity(statement: PolicyStatement): Finding | undefined {
  if (!allows(statement) || !assumes(statement, 'sts:assumerolewithwebidentity')) return undefined;
  const federated = (statement.principals ?? []).filter((principal) => principal.type === 'Federated');
  if (federated.length === 0) return undefined;
  const providers = federated.map((principal) => (principal.value === undefined ? undefined : providerOf(principal.value)));
  // SAML providers are assumed through AssumeRoleWithSAML; they are not web identities.
  if (providers.some((provider) => provider?.includes(':saml-provider/'))) return undefined;
  const keyProviders = statement.conditions.map((condition) => condition.key.split(':')[0]!);
  const isGithub = providers.includes(github) || keyProviders.includes(github);
  if (isGithub) {
    const sub = statement.conditions.filter((condition) => condition.key === `${github}:sub`);
    if (sub.length > 0 && !sub.every((condition) => admitsEveryRepository(condition.values))) return undefined;
    return { message: 'githubNoSub', provider: github, subKey: `${github}:sub` };
  }
  if (statement.conditions.some((condition) => condition.key.endsWith(':aud') || condition.key.endsWith(':sub'))) return undefined;
  const named = providers.find((provider) => provider !== undefined);
  return { message: 'webIdentityUnbound', provider: named ?? 'Federated', subKey: 'sub' };
}

export default defineRule({
  id: 'AWS-IAM-TRUST-OPEN',
  title: 'IAM role trust policies name who may assume the role',
  problem: 'IAM role can be assumed by any AWS account or any token of an identity provider',
  pillar: 'security',
  severity: 'critical',
  rationale:
    'A trust policy whose principal is "*" lets a principal of any AWS account call sts:AssumeRole and receive the role\'s permissions, unless a condition such as aws:PrincipalOrgID or sts:ExternalId narrows it. A web identity trust without an aud or sub condition accepts every token the provider issues; for GitHub Actions that means a workflow in any repository on GitHub.',
  guide: 'least-privilege-iam',
  reads: ['aws.iam.role'],
  messages: {
    everyone: 'trust policy of role {role} lets everyone ({principal}) assume it, with no condition on the account, organisation or principal',
    githubNoSub: 'trust policy of role {role} trusts {provider} tokens with no {subKey} condition naming the repositories: a workflow of any repository can assume it',
    webIdentityUnbound: 'trust policy of role {role} trusts web identity tokens of {provider} with no `aud` or `sub` condition',
  },
  fix: {
    cloudformation: `AssumeRolePolicyDocument:
  Version: "2012-10-17"
  Statement:
    - Effect: Allow
      Principal:
        Federated: !Sub arn:\${AWS::Partition}:iam::\${AWS::AccountId}:oidc-provider/token.actions.githubusercontent.com
      Action: sts:AssumeRoleWithWebIdentity
      Condition:
        StringEquals:
          token.actions.githubusercontent.com:aud: sts.amazonaws.com
        StringLike:
          token.actions.githubusercontent.com:sub: repo:my-org/my-repo:ref:refs/heads/main
    - Effect: Allow
      Principal:
        AWS: arn:aws:iam::111122223333:root   # a named account, not "*"
      Action: sts:AssumeRole
      Condition:
        StringEquals:
          sts:ExternalId: my-external-id`,
    terraform: `data "aws_iam_policy_document" "trust" {
  statement {
    actions = ["sts:AssumeRoleWithWebIdentity"]
    principals {
      type        = "Federated"
      identifiers = [aws_iam_openid_connect_provider.github.arn]
    }
    condition {
      test     = "StringEquals"
      variable = "token.actions.githubusercontent.com:aud"
      values   = ["sts.amazonaws.com"]
    }
    condition {
      test     = "StringLike"
      variable = "token.actions.githubusercontent.com:sub"
      values   = ["repo:my-org/my-repo:ref:refs/heads/main"]
    }
  }
}`,
  },
  equivalents: { checkov: ['CKV_AWS_60', 'CKV_AWS_358'] },

  check(model, report) {
    for (const role of model.of('aws.iam.role')) {
      if (!role.trustPolicy || role.trustPolicy.unreadable) continue;
      for (const statement of role.trustPolicy.statements) {
        if (allows(statement) && statement.principalIsEveryone === true && assumes(statement, 'sts:assumerole') && !conditionOn(statement, trustNarrowingKeys)) {
          report(role, statement.at, 'everyone', { role: role.name, principal: statement.written?.everyone ?? '"Principal": "*"' });
          continue;
        }
        const unbound = unboundWebIdentity(statement);
        if (unbound?.message === 'githubNoSub') report(role, statement.at, 'githubNoSub', { role: role.name, provider: unbound.provider, subKey: unbound.subKey });
        else if (unbound) report(role, statement.at, 'webIdentityUnbound', { role: role.name, provider: unbound.provider });
      }
    }
  },
});
