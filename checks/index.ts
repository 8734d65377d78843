/**
 * The engine's public door: what the Worker, the browser bundle and other tools may use. Internals stay where
 * they are; import from here rather than from `checks/<area>/…` outside `checks/`.
 *
 * @example
 * import { checkSources } from './checks/index.ts';
 * const report = checkSources([{ path: 'stack.yaml', content: text }]);
 */
export { checkSources, engineVersion, type CheckOptions, type SourceInput } from './engine/check.ts';
export { Architecture, ArchitectureEdge, ArchitectureGroup, ArchitectureNode, Finding, Report, reportVersion } from './report/schema.ts';
export { architectureNodeId } from './architecture/section.ts';
export { diagramSvg, renderDiagram, type DiagramOptions } from './report/diagram.ts';
export { layoutDiagram, type DiagramBand, type DiagramLayout, type DiagramNode } from './report/diagram-layout.ts';
export { diagramText, type DiagramText, type SeverityCounts } from './report/diagram-text.ts';
export { renderJunit } from './report/junit.ts';
export { renderMarkdown } from './report/markdown.ts';
export { findingText, fixText, ruleText, type FindingText, type RuleText } from './report/finding-text.ts';
export { type MessagePart } from './rules/message.ts';
export { renderSarif } from './report/sarif.ts';
export { Language, Pillar, pillarLabels, Severity, severityLabels, severityOrder } from './vocabulary.ts';
export { maskSecrets, type MaskedText } from './secrets/index.ts';
export { ruleCatalogue, type RuleEntry } from './rules/catalogue.ts';
export { allRules } from './rules/index.ts';
export { Diagnostic } from './source/diagnostic.ts';
export { type DecodeResult } from './parse/input.ts';
export { decodeInput as decodeSource } from './engine/check.ts';
export { Format, formatLabels, type FormatAdapter } from './formats/format.ts';
export { checkableExtensions, checkableKinds, checkableNames, inputLimits, isCheckableName } from './formats/index.ts';
export { ArchiveError, archiveName, expandArchives, expandZip, withSkippedEntries, type ArchiveFile, type ArchiveLimits, type ExpandedArchive } from './source/zip.ts';
export { assessReadiness, readinessChecks } from './readiness/assess.ts';
export { assessSources, type ReadinessOptions, type SourcesReadiness } from './readiness/sources.ts';
export {
  EventType,
  LocalizedText,
  PeakProfile,
  QuotaRequest,
  ReadinessItem,
  ReadinessReport,
  ReadinessStatus,
  type PeakProfileInput,
} from './readiness/schema.ts';
export { runbookMarkdown, runbookTexts, type RunbookLanguage, type RunbookOptions } from './readiness/runbook/index.ts';
export { isTimeZone, zonedTimeToEpoch } from './readiness/runbook/dates.ts';
// The Terraform parser is WebAssembly: each platform awaits `prepareTerraform` with its own loader, taken from
// its own door (`checks/node.ts`, `checks/worker.ts`), since each loader uses what only its platform has.
export { isTerraformReady, prepareTerraform, readTerraformProject, terraformUnavailableReason, type TerraformWasmLoader } from './terraform/index.ts';
