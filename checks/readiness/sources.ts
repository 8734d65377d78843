/**
 * Readiness from source files: each file is read exactly as `checkSources` reads it, its model built for the
 * deployment the parameters' defaults (and any pinned values) describe, and all files' resources assessed together.
 */
import { readSource, unitsOf, type SourceInput } from '../engine/check.ts';
import { filesOfUnit } from '../formats/format.ts';
import { Model } from '../model/model.ts';
import type { Diagnostic } from '../source/diagnostic.ts';
import { assessReadiness } from './assess.ts';
import type { PeakProfileInput, ReadinessItem, ReadinessReport } from './schema.ts';
import { both, code } from './text.ts';

export interface ReadinessOptions {
  /** Parameter values (`--param Key=Value`); they win over template defaults. */
  params?: Record<string, string>;
}

export interface SourcesReadiness {
  report: ReadinessReport;
  /** Problems with the input: files that could not be read, parsed or were not templates. */
  diagnostics: Diagnostic[];
  /** Paths whose resources the assessment saw. */
  checkedFiles: string[];
}

/** A file that could not be read is a failed item too, so no reader of the report alone mistakes it for a pass. */
function unreadableItem(diagnostic: Diagnostic): ReadinessItem {
  return {
    check: 'unreadable-file',
    status: 'fail',
    title: both(`${code(diagnostic.file)} was read`, `${code(diagnostic.file)} 已读取`),
    arithmetic: [both(`${code(diagnostic.file)}: ${diagnostic.message}`, `${code(diagnostic.file)}：无法读取或解析（${code(diagnostic.code)}）`)],
    advice: both('Fix the file and assess again: its resources were not assessed.', '请修复该文件后重新评估：其中的资源没有被评估。'),
  };
}

export function assessSources(sources: SourceInput[], profile: PeakProfileInput, options: ReadinessOptions = {}): SourcesReadiness {
  const model = new Model();
  const diagnostics: Diagnostic[] = [];
  const checkedFiles: string[] = [];
  const params = new Map(Object.entries(options.params ?? {}));
  const reads = sources.map(readSource);
  for (const read of reads) if (read.kind === 'failed') diagnostics.push(...read.diagnostics);
  for (const { adapter, unit, diagnostics: read } of unitsOf(reads, { params, varFiles: [] })) {
    diagnostics.push(...read);
    // The first scenario gives every free condition input its default: the deployment the template describes by default.
    const [scenario] = adapter.scenarios(unit, params);
    const built = adapter.build(unit, scenario!, params, () => []);
    for (const resource of built.resources) model.add(resource);
    checkedFiles.push(...filesOfUnit(adapter, unit).map((file) => file.path));
  }
  const report = assessReadiness(model, profile);
  markUnreadable(report, diagnostics);
  return { report, diagnostics, checkedFiles };
}

/** Adds a failed item for every file-level error, e.g. files the CLI could not find before the engine saw them. */
export function markUnreadable(report: ReadinessReport, diagnostics: Diagnostic[]): void {
  const unreadable = diagnostics.filter((diagnostic) => diagnostic.level === 'error').map(unreadableItem);
  report.items.unshift(...unreadable);
  report.summary.fail += unreadable.length;
}
