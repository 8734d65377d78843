import { effective } from '../../../../model/types.ts';
import { propertyName } from '../../../message.ts';
import { defineRule } from '../../../rule.ts';

export default defineRule({
  id: 'AWS-LAMBDA-ARM64',
  title: 'Lambda functions run on arm64 (AWS Graviton)',
  problem: 'Lambda function runs on x86_64 rather than arm64',
  pillar: 'sustainability',
  severity: 'low',
  rationale:
    'Lambda functions on arm64 run on AWS Graviton processors, which AWS says use up to 60% less energy than comparable instances for the same performance, and arm64 duration is billed about 20% below x86_64. Interpreted code usually moves without changes; compiled code and native dependencies need an arm64 build.',
  guide: 'lambda-arm64',
  reads: ['aws.lambda.function'],
  messages: {
    notSet: 'function {function} sets no {property}, so it runs on the `x86_64` default; `arm64` (Graviton) costs less per millisecond and uses less energy',
    x86: 'function {function} runs on `x86_64`; `arm64` (Graviton) costs less per millisecond and uses less energy',
  },
  fix: {
    cloudformation: `Type: AWS::Lambda::Function
Properties:
  Architectures:
    - arm64
# SAM: Architectures: [arm64] on the function or in Globals.Function`,
    terraform: `resource "aws_lambda_function" "api" {
  # ...
  architectures = ["arm64"]
}`,
  },
  equivalents: {},

  check(model, report) {
    for (const fn of model.of('aws.lambda.function')) {
      if (effective(fn.architecture, 'x86_64') !== 'x86_64') continue;
      if (fn.architecture.state === 'absent') report(fn, fn.architecture.at, 'notSet', { function: fn.name, property: propertyName(fn.architecture, 'Architectures') });
      else report(fn, fn.architecture.at, 'x86', { function: fn.name });
    }
  },
});
