/** D1 access for reviews and their file lists. */

export interface ReviewRow {
  id: string;
  delete_token_hash: string;
  created_at: number;
  files_expire_at: number;
  files_deleted_at: number | null;
  language: string;
  /** '' when the report lives in R2 (every review since migration 0004); the JSON itself on older rows. */
  report: string;
  findings_count: number | null;
  overall_score: number | null;
  report_bytes: number | null;
}

export interface ReviewFileRow {
  review_id: string;
  ordinal: number;
  path: string;
  sha256: string;
  size: number;
}

export function insertReview(db: D1Database, review: ReviewRow, files: Omit<ReviewFileRow, 'review_id'>[]): Promise<D1Result[]> {
  // One batch is one transaction: the review and its files appear together or not at all.
  return db.batch([
    db
      .prepare(
        'INSERT INTO reviews (id, delete_token_hash, created_at, files_expire_at, files_deleted_at, language, report, findings_count, overall_score, report_bytes) VALUES (?, ?, ?, ?, NULL, ?, ?, ?, ?, ?)',
      )
      .bind(review.id, review.delete_token_hash, review.created_at, review.files_expire_at, review.language, review.report, review.findings_count, review.overall_score, review.report_bytes),
    ...files.map((file) => db.prepare('INSERT INTO review_files (review_id, ordinal, path, sha256, size) VALUES (?, ?, ?, ?, ?)').bind(review.id, file.ordinal, file.path, file.sha256, file.size)),
  ]);
}

export function findReview(db: D1Database, id: string): Promise<ReviewRow | null> {
  return db.prepare('SELECT * FROM reviews WHERE id = ?').bind(id).first<ReviewRow>();
}

export async function filesOf(db: D1Database, id: string): Promise<ReviewFileRow[]> {
  const { results } = await db.prepare('SELECT * FROM review_files WHERE review_id = ? ORDER BY ordinal').bind(id).all<ReviewFileRow>();
  return results;
}

/** Removes a review and its file list, leaving only the record that it was deleted, in one transaction. */
export function deleteReviewRows(db: D1Database, id: string, now: number): Promise<D1Result[]> {
  return db.batch([
    db.prepare('DELETE FROM review_files WHERE review_id = ?').bind(id),
    db.prepare('DELETE FROM reviews WHERE id = ?').bind(id),
    db.prepare('INSERT OR IGNORE INTO deleted_reviews (id, deleted_at) VALUES (?, ?)').bind(id, now),
  ]);
}

/** When a review was deleted, or null if no review with this id ever was. */
export async function deletedAt(db: D1Database, id: string): Promise<number | null> {
  const row = await db.prepare('SELECT deleted_at FROM deleted_reviews WHERE id = ?').bind(id).first<{ deleted_at: number }>();
  return row?.deleted_at ?? null;
}

/** Of these blobs, the ones whose files no review still holds (deleted reviews, or files already expired). */
export async function unreferencedBlobs(db: D1Database, sha256s: string[]): Promise<string[]> {
  const unique = [...new Set(sha256s)];
  if (unique.length === 0) return [];
  const placeholders = unique.map(() => '?').join(', ');
  const { results } = await db
    .prepare(`SELECT DISTINCT f.sha256 FROM review_files f JOIN reviews r ON r.id = f.review_id WHERE r.files_deleted_at IS NULL AND f.sha256 IN (${placeholders})`)
    .bind(...unique)
    .all<{ sha256: string }>();
  const stillUsed = new Set(results.map((row) => row.sha256));
  return unique.filter((sha256) => !stillUsed.has(sha256));
}

export async function reviewsWithExpiredFiles(db: D1Database, now: number, limit = 100): Promise<{ id: string }[]> {
  const { results } = await db.prepare('SELECT id FROM reviews WHERE files_deleted_at IS NULL AND files_expire_at <= ? ORDER BY files_expire_at LIMIT ?').bind(now, limit).all<{ id: string }>();
  return results;
}

export function markFilesDeleted(db: D1Database, id: string, now: number): Promise<D1Result> {
  return db.prepare('UPDATE reviews SET files_deleted_at = ? WHERE id = ?').bind(now, id).run();
}

/** Rows written before reports moved to R2, oldest first. */
export async function reviewsWithReportInD1(db: D1Database, limit: number): Promise<Pick<ReviewRow, 'id' | 'report'>[]> {
  const { results } = await db.prepare("SELECT id, report FROM reviews WHERE report <> '' ORDER BY created_at LIMIT ?").bind(limit).all<Pick<ReviewRow, 'id' | 'report'>>();
  return results;
}

export function markReportMoved(db: D1Database, id: string, summary: { findings: number; overall: number | null; bytes: number }): Promise<D1Result> {
  return db.prepare("UPDATE reviews SET report = '', findings_count = ?, overall_score = ?, report_bytes = ? WHERE id = ?").bind(summary.findings, summary.overall, summary.bytes, id).run();
}
