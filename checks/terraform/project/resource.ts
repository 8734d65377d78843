/** What reading a Terraform project yields: resources with evaluated bodies and positions, and diagnostics. */
import type { Diagnostic } from '../../source/diagnostic.ts';
import type { SourceFile } from '../../source/file.ts';
import type { TfValue } from '../values.ts';

export interface TfResource {
  mode: 'managed' | 'data';
  /** `aws_s3_bucket` */
  type: string;
  /** `logs` */
  name: string;
  /** As Terraform prints it: `module.net.aws_subnet.private["a"]`, `aws_db_instance.main[0]`, `aws_x.y[*]` when the count is unknown. */
  address: string;
  /** Module calls from the root, each with its instance key if it has one: `['net']`, `['net["a"]']`; `[]` for the root. */
  modulePath: string[];
  /** The file that declares the block. */
  file: SourceFile;
  /** The block's span. */
  start: number;
  end: number;
  /** End of `resource "type" "name"`: findings about the resource as a whole point at the header. */
  headerEnd: number;
  /** A `map`: arguments evaluated; nested blocks as entries whose value is a `seq` of `map`s with `block: true`. */
  body: TfValue;
  /** Comments directly above the block and inside it (for `# plumbline:ignore RULE-ID reason="…"`). */
  comments: { text: string; start: number; end: number }[];
}

export interface TfProject {
  resources: TfResource[];
  diagnostics: Diagnostic[];
  /** Every file read: configuration, variable files and plans. */
  files: SourceFile[];
}
