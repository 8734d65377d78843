/**
 * Terraform findings speak Terraform: every message about a rule's failing `.tf` fixtures, in every language,
 * names what Terraform calls things (`storage_encrypted`, `metadata_options`, `aws_s3_bucket_public_access_block`),
 * never a CloudFormation property, resource type or template attribute. Names reach messages as code spans, so
 * those are what the test reads; values that both formats spell alike (`PassThrough`, `ELBSecurityPolicy-…`) pass.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ruleFolders } from '../../scripts/generate-registries.ts';
import { checkSources } from '../engine/check.ts';
import { managedPolicies } from '../read/managed-policies.ts';
import { findingText } from '../report/finding-text.ts';
import { loadParser } from '../terraform/testing.ts';
import { Language } from '../vocabulary.ts';

await loadParser();

const rulesRoot = new URL('./', import.meta.url).pathname;

/** Values Terraform writes exactly as CloudFormation does: enum values of the AWS APIs and AWS managed policy names, not property names. */
const sharedValues = new Set(['PassThrough', 'Active', 'Enabled', 'Suspended', 'Allow', 'Deny', 'ObjectWriter', 'BucketOwnerPreferred', 'BucketOwnerEnforced', ...Object.keys(managedPolicies)]);
const sharedValuePatterns = [/^ELBSecurityPolicy-/];

/** CloudFormation's own words: template attributes, intrinsic names and the product itself. */
const cloudFormationWords = /CloudFormation|AWS::|DeletionPolicy|UpdateReplacePolicy|NoEcho|\bMetadata\b|\bProperties\b|\bFn::|!Ref\b/;

/** A code span that reads as a CloudFormation property, resource or value name: PascalCase, like `MultiAZEnabled`. */
function cloudFormationName(code: string): boolean {
  if (sharedValues.has(code) || sharedValuePatterns.some((pattern) => pattern.test(code))) return false;
  return /^[A-Z][a-z0-9]+(?:[A-Z][A-Za-z0-9]*)?$/.test(code) || cloudFormationWords.test(code);
}

const fixtures = ruleFolders().flatMap((folder) =>
  readdirSync(join(rulesRoot, folder))
    .filter((name) => /^fail[\w-]*\.tf$/.test(name))
    .map((name) => relative(process.cwd(), join(rulesRoot, folder, name))),
);

describe.each(Language.options)('Terraform findings in %s', (language) => {
  it.each(fixtures)('name only what Terraform calls things in %s', (path) => {
    const report = checkSources([{ path, content: readFileSync(path, 'utf8') }], { today: '2026-11-25' });
    expect(report.findings.length).toBeGreaterThan(0);
    const wrong = report.findings.flatMap((finding) => {
      const parts = findingText(finding, language).messageParts;
      const names = parts.flatMap((part) => ('code' in part && cloudFormationName(part.code) ? [part.code] : []));
      const words = parts.flatMap((part) => ('text' in part ? (cloudFormationWords.exec(part.text)?.slice(0, 1) ?? []) : []));
      return [...names, ...words].map((name) => `${finding.ruleId} line ${finding.line}: ${name} in "${findingText(finding, language).message}"`);
    });
    expect(wrong).toEqual([]);
  });
});
