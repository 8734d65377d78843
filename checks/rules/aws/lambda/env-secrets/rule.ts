import type { EnvironmentVariable } from '../../../../model/aws/compute.ts';
import { defineRule } from '../../../rule.ts';
import { isSecretValue } from '../../../secret-names.ts';

function exposedSecret(variable: EnvironmentVariable): boolean {
  if (variable.origin !== 'literal' && variable.origin !== 'parameter') return false;
  return variable.value.state === 'known' && isSecretValue(variable.name, variable.value.value);
}

export default defineRule({
  id: 'AWS-LAMBDA-ENV-SECRETS',
  title: 'Lambda functions do not keep secrets in plain-text environment variables',
  problem: 'Lambda function keeps a secret in a plain-text environment variable',
  pillar: 'security',
  severity: 'high',
  rationale:
    'Environment variables are shown in the Lambda console and returned by GetFunctionConfiguration to anyone with read access, and a value written in the template (or in a parameter without NoEcho) is also stored in the template, the stack parameters and version control. Keep the secret in Secrets Manager or SSM Parameter Store and pass only its name or ARN, or resolve it with a dynamic reference.',
  guide: 'manage-secrets',
  reads: ['aws.lambda.function'],
  messages: {
    literal: 'environment variable {variable} of function {function} looks like a secret and is written in plain text in the template',
    parameter: 'environment variable {variable} of function {function} looks like a secret and comes from a template parameter without `NoEcho`',
  },
  fix: {
    cloudformation: `Type: AWS::Lambda::Function
Properties:
  Environment:
    Variables:
      DB_SECRET_ARN: !Ref DatabaseSecret   # the function reads the secret at run time
# or, if the value must be an environment variable:
#     DB_PASSWORD: '{{resolve:secretsmanager:prod/db:SecretString:password}}'`,
    terraform: `resource "aws_lambda_function" "api" {
  # ...
  environment {
    variables = {
      DB_SECRET_ARN = aws_secretsmanager_secret.db.arn # read the secret at run time
    }
  }
}`,
  },
  equivalents: { checkov: ['CKV_AWS_45'] },

  check(model, report) {
    for (const fn of model.of('aws.lambda.function'))
      for (const variable of fn.environment) {
        if (!exposedSecret(variable)) continue;
        report(fn, variable.value.at, variable.origin === 'literal' ? 'literal' : 'parameter', { variable: variable.name, function: fn.name });
      }
  },
});
