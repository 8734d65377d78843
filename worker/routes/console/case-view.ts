/** Everything the case page shows, read in one go: the request, its report and files, notes, audit log and e-mails. */
import { auditOf, emailsOf, notesOf } from '../../db/requests.ts';
import type { Dependencies } from '../../middleware/dependencies.ts';
import type { LinkedReport } from '../../pages/console/case-findings.tsx';
import type { CaseView } from '../../pages/console/case-page.tsx';
import { loadCase } from '../../services/assignments.ts';
import { currentRunbook, intakeOf, readinessOf } from '../../services/events.ts';
import { openPagesFor, pagesOf } from '../../services/paging.ts';
import { ApiFailure } from '../../services/errors.ts';
import { loadReview } from '../../services/reviews.ts';
import { getBlob } from '../../storage/files.ts';
import { loadOnDemandCase } from './on-demand.tsx';

type ViewDeps = Pick<Dependencies, 'db' | 'files' | 'now' | 'origin'>;

/**
 * The report a request links to. A customer may delete it at any time, and its files go after 30 days;
 * the case stands on its own either way. Source is read only for files that have findings.
 */
export async function linkedReport(deps: ViewDeps, reportId: string | null, options: { withSources: boolean }): Promise<LinkedReport> {
  if (!reportId) return { status: 'none' };
  let review;
  try {
    review = await loadReview({ db: deps.db, files: deps.files, now: deps.now, guideBaseUrl: deps.origin }, reportId);
  } catch (error) {
    if (error instanceof ApiFailure && error.status === 404) return { status: 'deleted' };
    throw error;
  }
  const { row, files, report } = review;
  const filesDeleted = row.files_deleted_at !== null;
  const sources = new Map<string, string>();
  if (options.withSources && !filesDeleted) {
    const withFindings = new Set(report.findings.map((finding) => finding.file));
    await Promise.all(
      files
        .filter((file) => withFindings.has(file.path))
        .map(async (file) => {
          const text = await getBlob(deps.files, file.sha256);
          if (text !== undefined) sources.set(file.path, text);
        }),
    );
  }
  return { status: 'kept', id: row.id, findings: report.findings, sources, filesDeleted };
}

export async function loadCaseView(deps: ViewDeps, id: string, reviewer: string): Promise<CaseView> {
  const request = await loadCase(deps, id);
  const [report, notes, audit, emails, pages, alerts] = await Promise.all([
    linkedReport(deps, request.report_id, { withSources: true }),
    notesOf(deps.db, id),
    auditOf(deps.db, id),
    emailsOf(deps.db, id),
    pagesOf(deps.db, id),
    openPagesFor(deps.db, reviewer),
  ]);
  const intake = intakeOf(request);
  const event = { intake, readiness: readinessOf(request), runbook: intake ? currentRunbook(request) : null, pages };
  const onDemand = await loadOnDemandCase(deps, request, reviewer);
  return { request, report, notes, audit, emails, event, alerts, onDemand };
}
