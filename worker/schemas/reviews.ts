/** Request and response shapes of the review API: validated at the edge and published as OpenAPI. */
import { z } from 'zod';
import { checkableExtensions, Finding, Report, Diagnostic, inputLimits } from '../../checks/index.ts';

/** Most templates in one review, counted after unpacking a `.zip`. */
export const maxFiles = 50;
/** Most bytes in one review, counted after unpacking. */
export const maxTotalBytes = 5 * 1024 * 1024;
/** Uploaded files are kept this long; the report stays after they are gone. */
export const fileRetentionDays = 30;
/** Names a review reads (the engine's formats decide); a `.zip` of them is unpacked first. */
export const templateExtensions = checkableExtensions;
export const archiveExtension = '.zip';

/**
 * Every error code POST /api/reviews answers with (its routes, the service, the zip reader, the Worker's own
 * 500); the upload page has a text for each in both languages, and a test keeps this list complete.
 */
export const uploadErrorCodes = [
  'invalid-body',
  'invalid-json',
  'invalid-params',
  'unsupported-media-type',
  'cross-origin',
  'rate-limited',
  'human-check-failed',
  'no-files',
  'too-large',
  'too-many-files',
  'too-many-entries',
  'compression-ratio',
  'nested-archive',
  'unsupported-compression',
  'invalid-archive',
  'unsupported-type',
  'no-templates',
  'invalid-template',
  'too-many-resources',
  'storage-unavailable',
  'internal',
] as const;
export type UploadErrorCode = (typeof uploadErrorCodes)[number];

/** What one review takes, as the upload page states it before anyone uploads. */
export const uploadLimits = {
  maxFiles,
  maxTotalBytes,
  /** Largest single file: the engine's most generous format limit, unless the whole review takes less. */
  maxFileBytes: Math.min(inputLimits.maxBytes, maxTotalBytes),
  templateExtensions,
  archiveExtension,
  fileRetentionDays,
};

export const UploadedFile = z.object({
  /** File name, with its folder path when a folder was uploaded (`infra/network.yaml`). */
  name: z.string().min(1).max(512),
  content: z.string(),
});

export const CreateReviewJson = z.object({
  files: z.array(UploadedFile).min(1, 'send at least one file').max(maxFiles, `at most ${maxFiles} files per review`),
  /** Template parameter values, as `--param` takes them in the CLI. */
  params: z.record(z.string(), z.string()).optional(),
  /** Language of the report page link. */
  language: z.enum(['en', 'zh-cn']).optional(),
  /** Turnstile token, required only when the human check is switched on. */
  turnstileToken: z.string().max(4096).optional(),
});
export type CreateReviewJson = z.infer<typeof CreateReviewJson>;

export const ReviewCreated = z.object({
  id: z.string(),
  /** Shareable report page. */
  url: z.string(),
  /** Bearer token that deletes the review; shown once, stored only as a hash. */
  deleteToken: z.string(),
  summary: Report.shape.summary,
  scores: Report.shape.scores,
  findings: z.array(Finding),
  diagnostics: z.array(Diagnostic),
});

export const StoredReview = z.object({
  id: z.string(),
  url: z.string(),
  createdAt: z.string(),
  /** When the uploaded files are (or were) deleted; the report itself stays. */
  filesExpireAt: z.string(),
  filesDeleted: z.boolean(),
  files: z.array(z.object({ path: z.string(), size: z.number().int() })),
  report: Report,
});

export const ApiError = z.object({
  error: z.object({
    /** Stable machine-readable code, e.g. `invalid-template`, `too-large`. */
    code: z.string(),
    message: z.string(),
    file: z.string().optional(),
    line: z.number().int().optional(),
    column: z.number().int().optional(),
    /** For `invalid-template`: the engine's reason, e.g. `yaml-syntax`, `json-syntax`, `template-shape`. */
    reason: z.string().optional(),
  }),
});
export type ApiErrorBody = z.infer<typeof ApiError>['error'];
