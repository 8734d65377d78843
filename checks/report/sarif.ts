/**
 * SARIF 2.1.0 for code-scanning tools (GitHub, Azure DevOps, IDEs): real regions, rule help that links
 * to the guide, stable fingerprints, and suppressed findings kept with their justification.
 */
import { Format, formatLabels } from '../formats/format.ts';
import type { Rule } from '../rules/rule.ts';
import type { Severity } from '../vocabulary.ts';
import { findingFingerprint } from './fingerprint.ts';
import type { Report } from './schema.ts';
import { suppressionText } from './suppression.ts';
import { reportWords } from './words.ts';

const level: Record<Severity, 'error' | 'warning' | 'note'> = { critical: 'error', high: 'error', medium: 'warning', low: 'note' };
/** GitHub code scanning reads this CVSS-like score to rank alerts. */
const securitySeverity: Record<Severity, string> = { critical: '9.5', high: '8.0', medium: '5.5', low: '3.0' };

function uriOf(path: string): string {
  // encodeURIComponent throws on a lone surrogate (possible in a name sent to the API); U+FFFD stands in for it.
  return path
    .replace(/\\/g, '/')
    .split('/')
    .map((segment) => encodeURIComponent(segment.toWellFormed()))
    .join('/');
}

function pascal(id: string): string {
  return id
    .toLowerCase()
    .split('-')
    .map((word) => word[0]!.toUpperCase() + word.slice(1))
    .join('');
}

export function renderSarif(report: Report, rules: readonly Rule[], guideBaseUrl = 'https://plumbline.dev'): string {
  const used = [...new Set(report.findings.map((finding) => finding.ruleId))].sort();
  const ruleById = new Map(rules.map((rule) => [rule.id, rule]));
  const base = guideBaseUrl.replace(/\/$/, '');
  const sarifRules = used.map((id) => {
    const rule = ruleById.get(id);
    const finding = report.findings.find((candidate) => candidate.ruleId === id)!;
    const guide = finding.guide;
    const rationale = rule?.rationale ?? finding.title;
    const format = Format.catch('cloudformation').parse(finding.fix.format);
    const { name: formatName, snippetLanguage } = formatLabels[format];
    const fix = rule?.fix[format] ?? finding.fix.snippet;
    return {
      id,
      name: pascal(id),
      shortDescription: { text: finding.title },
      fullDescription: { text: rationale },
      helpUri: guide,
      help: {
        text: `${rationale}\n\nFix (${formatName}):\n${fix}\n\nGuide: ${guide}`,
        markdown: `${rationale}\n\n**Fix (${formatName})**\n\n\`\`\`${snippetLanguage}\n${fix}\n\`\`\`\n\n[Read the guide](${guide})`,
      },
      defaultConfiguration: { level: level[finding.severity] },
      properties: { tags: [finding.pillar, 'well-architected'], precision: 'high', 'security-severity': securitySeverity[finding.severity], pillar: finding.pillar },
    };
  });
  const ruleIndex = new Map(used.map((id, index) => [id, index]));

  const results = report.findings.map((finding) => {
    const result: Record<string, unknown> = {
      ruleId: finding.ruleId,
      ruleIndex: ruleIndex.get(finding.ruleId),
      level: level[finding.severity],
      message: { text: finding.message },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: uriOf(finding.file) },
            region: { startLine: finding.line, startColumn: finding.column, endLine: finding.endLine, endColumn: finding.endColumn },
          },
          logicalLocations: [{ name: finding.resource.name, fullyQualifiedName: finding.resource.address, kind: 'resource' }],
        },
      ],
      // The declared default the value came from: where to change it.
      ...(finding.fromDefault
        ? {
            relatedLocations: [
              {
                id: 0,
                physicalLocation: { artifactLocation: { uri: uriOf(finding.fromDefault.file) }, region: { startLine: finding.fromDefault.line } },
                message: { text: `default of ${finding.fromDefault.kind} ${finding.fromDefault.name}` },
              },
            ],
          }
        : {}),
      partialFingerprints: { 'plumbline/v1': findingFingerprint(finding) },
      properties: {
        severity: finding.severity,
        pillar: finding.pillar,
        pointer: finding.pointer,
        ...(finding.conditions ? { conditions: finding.conditions } : {}),
        ...(finding.fromDefault ? { fromDefault: finding.fromDefault } : {}),
      },
    };
    if (finding.suppressed) {
      result['suppressions'] = [
        {
          kind: finding.suppressed.source === 'metadata' || finding.suppressed.source === 'comment' ? 'inSource' : 'external',
          status: 'accepted',
          // A suppression carried over from another tool names it: "suppressed by cfn_nag rules_to_suppress: …".
          justification: finding.suppressed.tool ? suppressionText(finding.suppressed, reportWords.en) : finding.suppressed.reason || 'no reason given',
        },
      ];
    }
    return result;
  });

  const notifications = report.diagnostics.map((diagnostic) => ({
    level: diagnostic.level === 'error' ? 'error' : diagnostic.level === 'warning' ? 'warning' : 'note',
    message: { text: diagnostic.message },
    descriptor: { id: diagnostic.code },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: uriOf(diagnostic.file) },
          ...(diagnostic.line ? { region: { startLine: diagnostic.line, ...(diagnostic.column ? { startColumn: diagnostic.column } : {}) } } : {}),
        },
      },
    ],
  }));

  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'Plumbline', informationUri: base, version: report.tool.version, semanticVersion: report.tool.version, rules: sarifRules } },
        invocations: [{ executionSuccessful: report.summary.errors === 0, toolExecutionNotifications: notifications }],
        results,
        properties: { scores: report.scores },
      },
    ],
  };
  return JSON.stringify(sarif, null, 2) + '\n';
}
