import { propertyName } from '../../../message.ts';
import { defineRule } from '../../../rule.ts';

export default defineRule({
  id: 'AWS-LAMBDA-RESERVED-CONCURRENCY',
  title: 'Lambda functions reserve the concurrency they need',
  problem: 'Lambda function has no reserved concurrency',
  pillar: 'reliability',
  severity: 'low',
  rationale:
    'Functions without reserved concurrency share one pool of concurrent executions per account and Region, so a burst or a retry storm on one function can take all of it and throttle every other function. Reserving concurrency both guarantees a function its share and caps how much of the pool it may take, which also protects the databases and APIs it calls.',
  guide: 'service-quotas',
  reads: ['aws.lambda.function'],
  messages: {
    notSet: 'function {function} sets no {property}, so it competes with every other function for the account’s concurrency in the Region',
  },
  fix: {
    cloudformation: `Type: AWS::Lambda::Function      # or AWS::Serverless::Function (also under Globals)
Properties:
  ReservedConcurrentExecutions: 50   # from peak requests per second × average duration in seconds`,
    terraform: `resource "aws_lambda_function" "api" {
  # ...
  reserved_concurrent_executions = 50 # peak requests per second × duration in seconds; -1 means none
}`,
  },
  equivalents: { checkov: ['CKV_AWS_115'], cfn_nag: ['W92'] },

  check(model, report) {
    for (const fn of model.of('aws.lambda.function')) {
      // Lambda@Edge: replicas run in the Regions near viewers, planned with CloudFront's Lambda@Edge quotas; not reported.
      if (fn.edgeTrigger || fn.edgeViewerTrigger) continue;
      // A macro or custom-resource handler runs a few times per deployment: a reservation would only take from the pool.
      if (fn.deploymentHandler) continue;
      const reserved = fn.reservedConcurrency;
      if (reserved.state !== 'absent') continue;
      report(fn, reserved.at, 'notSet', { function: fn.name, property: propertyName(reserved, 'ReservedConcurrentExecutions') });
    }
  },
});
