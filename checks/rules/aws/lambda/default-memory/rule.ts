import { effective } from '../../../../model/types.ts';
import { defineRule } from '../../../rule.ts';

/** Lambda's default, and its smallest size. */
const defaultMemoryMb = 128;

export default defineRule({
  id: 'AWS-LAMBDA-DEFAULT-MEMORY',
  title: 'Lambda functions have a memory size chosen for their workload',
  pillar: 'performance',
  severity: 'low',
  rationale:
    'Lambda allocates CPU in proportion to memory, so a function left at the 128 MB default also gets the smallest share of CPU and network. Many functions finish faster, and often cheaper, with more memory; measure with AWS Lambda Power Tuning or Compute Optimizer and set MemorySize deliberately.',
  guide: 'right-size-lambda-memory',
  reads: ['aws.lambda.function'],
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
      if (effective(fn.memorySize, defaultMemoryMb) !== defaultMemoryMb) continue;
      const why = fn.memorySize.state === 'absent' ? 'has no MemorySize, so it gets the 128 MB default' : 'has MemorySize 128, the smallest size';
      report(fn, fn.memorySize.at, `function ${fn.name} ${why} and the least CPU`);
    }
  },
});
