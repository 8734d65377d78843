/** Problems with the input itself (not with the architecture): positioned like compiler errors. */
import { z } from 'zod';
import { positionAt, type SourceFile } from './file.ts';

export const Diagnostic = z.object({
  /** `error`: the file could not be checked; `warning`: checked, but something was ignored; `info`: checked, worth knowing (e.g. a Terraform count known only at apply); `skipped`: not a template. */
  level: z.enum(['error', 'warning', 'info', 'skipped']),
  /** Stable machine-readable code, e.g. `yaml-syntax`, `too-large`. */
  code: z.string(),
  message: z.string(),
  file: z.string(),
  line: z.number().int().positive().optional(),
  column: z.number().int().positive().optional(),
});
export type Diagnostic = z.infer<typeof Diagnostic>;

export function diagnosticAt(file: SourceFile, offset: number | undefined, level: Diagnostic['level'], code: string, message: string): Diagnostic {
  if (offset === undefined) return { level, code, message, file: file.path };
  const { line, column } = positionAt(file, Math.min(offset, file.text.length));
  return { level, code, message, file: file.path, line, column };
}

/** `template.yaml:12:5: error: …` — the format compilers and editors understand. */
export function formatDiagnostic(diagnostic: Diagnostic): string {
  const where = [diagnostic.file, diagnostic.line, diagnostic.column].filter((part) => part !== undefined).join(':');
  return `${where}: ${diagnostic.level}: ${diagnostic.message}`;
}
