import { defineRule } from '../../../rule.ts';

export default defineRule({
  id: 'AWS-LAMBDA-LOG-RETENTION',
  title: 'Lambda functions log to a log group the stack declares',
  problem: 'Lambda function logs to a log group Lambda creates with no expiry',
  pillar: 'cost',
  severity: 'medium',
  rationale:
    'When no log group named /aws/lambda/<function name> exists and LoggingConfig names none, Lambda creates one on the first invocation with retention set to never expire, outside the stack: its storage grows for ever and it survives the stack. Declaring the group (or pointing LoggingConfig.LogGroup at one) lets the template set its retention and remove it with the function.',
  guide: 'log-retention',
  reads: ['aws.lambda.function'],
  messages: {
    implicit: 'function {function} has no {property} and no log group named after it, so Lambda creates one that never expires',
  },
  fix: {
    cloudformation: `OrdersLogs:
  Type: AWS::Logs::LogGroup
  Properties:
    LogGroupName: !Sub /aws/lambda/\${Orders}
    RetentionInDays: 30`,
    terraform: `resource "aws_cloudwatch_log_group" "orders" {
  name              = "/aws/lambda/\${aws_lambda_function.orders.function_name}"
  retention_in_days = 30
}`,
  },
  equivalents: {},

  check(model, report) {
    for (const fn of model.of('aws.lambda.function'))
      if (fn.declaredLogGroup.state === 'absent') report(fn, fn.declaredLogGroup.at, 'implicit', { function: fn.name, property: fn.declaredLogGroup.block ?? 'LoggingConfig' });
  },
});
