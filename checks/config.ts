/** `.plumbline.yml`: project-wide suppressions and the baseline of accepted findings. */
import { z } from 'zod';

const IgnoreEntry = z.object({
  /** Rule id to ignore. */
  rule: z.string(),
  /** Resource address (`AWS::S3::Bucket.Logs`) or logical id; omit to ignore the rule everywhere. */
  resource: z.string().optional(),
  /** File path (as given on the command line); omit for every file. */
  file: z.string().optional(),
  reason: z.string().min(1, 'every ignore needs a reason'),
  /** YYYY-MM-DD; after this date the entry stops suppressing. */
  expires: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .optional(),
});

const BaselineEntry = z.object({
  rule: z.string(),
  resource: z.string(),
  file: z.string(),
});

export const CheckConfig = z.object({
  ignore: z.array(IgnoreEntry).default([]),
  /** Findings accepted when the baseline was written (`plumbline baseline`); new ones still fail. */
  baseline: z.array(BaselineEntry).default([]),
  /** Default `--fail-on` threshold. */
  failOn: z.enum(['critical', 'high', 'medium', 'low', 'none']).optional(),
  /** Default parameter values, as `--param` gives them. */
  params: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()]).transform(String)).default({}),
});
export type CheckConfig = z.infer<typeof CheckConfig>;
