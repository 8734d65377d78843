import { effective } from '../../../../model/types.ts';
import { defineRule } from '../../../rule.ts';

export default defineRule({
  id: 'AWS-LAMBDA-TRACING',
  title: 'Lambda functions send traces to AWS X-Ray',
  problem: 'Lambda function sends no traces to AWS X-Ray',
  pillar: 'operations',
  severity: 'low',
  rationale:
    'With active tracing, Lambda samples requests and records how long the function and each downstream call took, so a slow or failing request can be followed across services. Without it (the PassThrough default) the function only forwards an incoming trace header and records nothing itself.',
  guide: 'distributed-tracing',
  reads: ['aws.lambda.function'],
  messages: {
    notSet: 'function {function} does not turn on active tracing (the default is `PassThrough`)',
    mode: 'function {function} has tracing mode {mode}',
  },
  fix: {
    cloudformation: `Type: AWS::Lambda::Function
Properties:
  TracingConfig:
    Mode: Active
# SAM (AWS::Serverless::Function, or Globals.Function):
#   Tracing: Active`,
    terraform: `resource "aws_lambda_function" "api" {
  # ...
  tracing_config {
    mode = "Active"
  }
}`,
  },
  equivalents: { checkov: ['CKV_AWS_50'], trivy: ['AVD-AWS-0066', 'AVD-AWS-0125'], kics: ['9488c451-074e-4cd3-aee3-7db6104f542c'] },

  check(model, report) {
    for (const fn of model.of('aws.lambda.function')) {
      const mode = effective(fn.tracingMode, 'PassThrough');
      if (mode === undefined || mode === 'Active') continue;
      if (fn.tracingMode.state === 'absent') report(fn, fn.tracingMode.at, 'notSet', { function: fn.name });
      else report(fn, fn.tracingMode.at, 'mode', { function: fn.name, mode });
    }
  },
});
