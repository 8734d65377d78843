/**
 * Moves reports written before migration 0004 from D1 to R2, a batch per cron run, so the old rows shrink
 * to the counts and scores the database needs. Reading falls back to D1 until a row has moved.
 */
import { Report } from '../../checks/index.ts';
import { markReportMoved, reviewsWithReportInD1 } from '../db/reviews.ts';
import { putReport } from '../storage/reports.ts';

export async function moveReportsToR2(db: D1Database, bucket: R2Bucket, batch = 50): Promise<number> {
  const rows = await reviewsWithReportInD1(db, batch);
  for (const row of rows) {
    const report = Report.parse(JSON.parse(row.report));
    // The object first: if the update fails, the next run moves it again (put is idempotent).
    await putReport(bucket, row.id, row.report);
    await markReportMoved(db, row.id, { findings: report.findings.length, overall: report.scores.overall, bytes: new TextEncoder().encode(row.report).byteLength });
  }
  return rows.length;
}
