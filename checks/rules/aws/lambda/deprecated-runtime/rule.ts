import { defineRule } from '../../../rule.ts';

/**
 * Runtimes past their deprecation date (end of security patches) on the Lambda runtimes page
 * (docs.aws.amazon.com/lambda/latest/dg/lambda-runtimes.html), with that date and the runtime to move to.
 * Reviewed 2026-11. Dates of runtimes AWS has not yet deprecated move when AWS extends them (the Amazon
 * Linux 2 runtimes java8.al2, java11, java17, python3.10, python3.11 and provided.al2 were extended), so
 * a runtime is added here only once its date has passed.
 */
const deprecatedRuntimes: ReadonlyMap<string, { since: string; moveTo: string }> = new Map(
  Object.entries({
    nodejs: { since: '2016-10-31', moveTo: 'nodejs24.x' },
    'nodejs4.3': { since: '2020-03-05', moveTo: 'nodejs24.x' },
    'nodejs4.3-edge': { since: '2019-04-30', moveTo: 'nodejs24.x' },
    'nodejs6.10': { since: '2019-08-12', moveTo: 'nodejs24.x' },
    'nodejs8.10': { since: '2020-03-06', moveTo: 'nodejs24.x' },
    'nodejs10.x': { since: '2021-07-30', moveTo: 'nodejs24.x' },
    'nodejs12.x': { since: '2023-03-31', moveTo: 'nodejs24.x' },
    'nodejs14.x': { since: '2023-12-04', moveTo: 'nodejs24.x' },
    'nodejs16.x': { since: '2024-06-12', moveTo: 'nodejs24.x' },
    'nodejs18.x': { since: '2025-09-01', moveTo: 'nodejs24.x' },
    'nodejs20.x': { since: '2026-04-30', moveTo: 'nodejs24.x' },
    'python2.7': { since: '2021-07-15', moveTo: 'python3.13' },
    'python3.6': { since: '2022-07-18', moveTo: 'python3.13' },
    'python3.7': { since: '2023-12-04', moveTo: 'python3.13' },
    'python3.8': { since: '2024-10-14', moveTo: 'python3.13' },
    'python3.9': { since: '2025-12-15', moveTo: 'python3.13' },
    java8: { since: '2024-01-08', moveTo: 'java21' },
    'dotnetcore1.0': { since: '2019-06-27', moveTo: 'dotnet10' },
    'dotnetcore2.0': { since: '2019-05-30', moveTo: 'dotnet10' },
    'dotnetcore2.1': { since: '2022-01-05', moveTo: 'dotnet10' },
    'dotnetcore3.1': { since: '2023-04-03', moveTo: 'dotnet10' },
    'dotnet5.0': { since: '2022-05-10', moveTo: 'dotnet10' },
    dotnet6: { since: '2024-11-12', moveTo: 'dotnet10' },
    dotnet7: { since: '2024-05-14', moveTo: 'dotnet10' },
    dotnet8: { since: '2026-11-10', moveTo: 'dotnet10' },
    'ruby2.5': { since: '2021-07-30', moveTo: 'ruby3.4' },
    'ruby2.7': { since: '2023-12-07', moveTo: 'ruby3.4' },
    'ruby3.2': { since: '2026-03-31', moveTo: 'ruby3.4' },
    'go1.x': { since: '2024-01-08', moveTo: 'provided.al2023' },
    provided: { since: '2024-01-08', moveTo: 'provided.al2023' },
  }),
);

export default defineRule({
  id: 'AWS-LAMBDA-DEPRECATED-RUNTIME',
  title: 'Lambda functions use a runtime AWS still supports',
  problem: 'Lambda function uses a deprecated runtime',
  pillar: 'operations',
  severity: 'high',
  rationale:
    'Once a runtime is deprecated, Lambda stops applying security patches to it and functions using it lose technical support; some weeks later AWS blocks creating and then updating such functions, so a routine deployment can fail. Moving to a supported runtime is a code change that needs testing, so it is best planned before the deadline.',
  guide: 'supported-runtimes',
  reads: ['aws.lambda.function'],
  messages: {
    deprecated: 'function {function} uses runtime {runtime}, deprecated on {since}; move to {moveTo} or another supported runtime',
  },
  fix: {
    cloudformation: `Type: AWS::Lambda::Function
Properties:
  Runtime: python3.13   # was python3.8; test the code on the new version first`,
    terraform: `resource "aws_lambda_function" "api" {
  # ...
  runtime = "python3.13" # was python3.8
}`,
  },
  equivalents: { checkov: ['CKV_AWS_363'], cfn_lint: ['W2531'] },

  check(model, report) {
    for (const fn of model.of('aws.lambda.function')) {
      if (fn.runtime.state !== 'known') continue;
      const deprecated = deprecatedRuntimes.get(fn.runtime.value);
      if (deprecated) report(fn, fn.runtime.at, 'deprecated', { function: fn.name, runtime: fn.runtime.value, since: deprecated.since, moveTo: deprecated.moveTo });
    }
  },
});
