import { effective } from '../../../../model/types.ts';
import { propertyName } from '../../../message.ts';
import { defineRule } from '../../../rule.ts';

/** Lambda's default, and its smallest size. */
const defaultMemoryMb = 128;

export default defineRule({
  id: 'AWS-LAMBDA-DEFAULT-MEMORY',
  title: 'Lambda functions have a memory size chosen for their workload',
  problem: 'Lambda function runs with the default 128 MB of memory',
  pillar: 'performance',
  severity: 'low',
  rationale:
    'Lambda allocates CPU in proportion to memory, so a function left at the 128 MB default also gets the smallest share of CPU and network. Many functions finish faster, and often cheaper, with more memory; measure with AWS Lambda Power Tuning or Compute Optimizer and set MemorySize deliberately.',
  guide: 'right-size-lambda-memory',
  reads: ['aws.lambda.function'],
  messages: {
    notSet: 'function {function} has no {property}, so it gets the 128 MB default and the least CPU',
    smallest: 'function {function} has {property} `128`, the smallest size and the least CPU',
  },
  fix: {
    cloudformation: `Type: AWS::Lambda::Function
Properties:
  MemorySize: 512   # measured with AWS Lambda Power Tuning; not the 128 MB default`,
    terraform: `resource "aws_lambda_function" "api" {
  # ...
  memory_size = 512 # measured, not the 128 MB default
}`,
  },
  equivalents: {},

  check(model, report) {
    for (const fn of model.of('aws.lambda.function')) {
      // Lambda@Edge viewer triggers allow at most 128 MB: there is nothing larger to choose.
      if (fn.edgeViewerTrigger) continue;
      if (effective(fn.memorySize, defaultMemoryMb) !== defaultMemoryMb) continue;
      report(fn, fn.memorySize.at, fn.memorySize.state === 'absent' ? 'notSet' : 'smallest', { function: fn.name, property: propertyName(fn.memorySize, 'MemorySize') });
    }
  },
});
