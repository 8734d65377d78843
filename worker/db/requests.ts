/**
 * D1 access for paid review requests. Changes are built as statements so a service can put a state change,
 * its audit entry and its e-mails into one batch (one transaction). A guarded change stamps
 * `last_change_id`; its side effects are inserted only `WHERE` that stamp is present, so they happen
 * exactly when the change did.
 */
import { z } from 'zod';
import { AuditRow, EmailRow, FindingNoteRow, RequestRow } from '../schemas/requests.ts';
import { movableFrom, stateRank, type RequestState } from '../services/request-state.ts';
import { stateGuardedUpdate } from './guarded-update.ts';

type Value = string | number | null;

export function insertRequest(db: D1Database, row: RequestRow): D1PreparedStatement {
  const columns = Object.keys(row) as (keyof RequestRow)[];
  return db.prepare(`INSERT INTO review_requests (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`).bind(...columns.map((column) => row[column]));
}

export async function findRequest(db: D1Database, id: string): Promise<RequestRow | null> {
  const row = await db.prepare('SELECT * FROM review_requests WHERE id = ?').bind(id).first();
  return row ? RequestRow.parse(row) : null;
}

export async function findRequestByPaymentIntent(db: D1Database, paymentIntent: string): Promise<RequestRow | null> {
  const row = await db.prepare('SELECT * FROM review_requests WHERE payment_intent_id = ?').bind(paymentIntent).first();
  return row ? RequestRow.parse(row) : null;
}

export interface GuardedChange {
  id: string;
  requestId: string;
  /** Moves the state when set; the update then only applies from a legal predecessor. */
  to?: RequestState;
  /** Further columns to set. */
  set?: Record<string, Value>;
  /** Extra conditions, e.g. `owner_email = ?` with its values. */
  where?: { sql: string; values: Value[] };
}

const requestMachine = { table: 'review_requests', movableFrom, rank: stateRank };

/** An UPDATE that applies only when the state machine and the extra conditions allow it. */
export function guardedUpdate(db: D1Database, change: GuardedChange): D1PreparedStatement {
  return stateGuardedUpdate(db, requestMachine, { ...change, rowId: change.requestId });
}

const ifApplied = 'WHERE EXISTS (SELECT 1 FROM review_requests WHERE id = ? AND last_change_id = ?)';

export interface AuditEntry {
  requestId: string;
  at: number;
  actor: string;
  action: string;
  detail?: string | null;
}

/** An audit entry; with `changeId`, written only if that guarded change applied. */
export function insertAudit(db: D1Database, entry: AuditEntry, changeId?: string): D1PreparedStatement {
  const values: Value[] = [entry.requestId, entry.at, entry.actor, entry.action, entry.detail ?? null];
  if (!changeId) return db.prepare('INSERT INTO audit_log (request_id, at, actor, action, detail) VALUES (?, ?, ?, ?, ?)').bind(...values);
  return db.prepare(`INSERT INTO audit_log (request_id, at, actor, action, detail) SELECT ?, ?, ?, ?, ? ${ifApplied}`).bind(...values, entry.requestId, changeId);
}

export interface NewEmail {
  id: string;
  requestId: string | null;
  to: string;
  language: 'en' | 'zh-cn';
  kind: string;
  subject: string;
  body: string;
  createdAt: number;
}

/** Puts an e-mail in the outbox; with `changeId`, only if that guarded change applied. */
export function insertEmail(db: D1Database, email: NewEmail, changeId?: string): D1PreparedStatement {
  const values: Value[] = [email.id, email.requestId, email.to, email.language, email.kind, email.subject, email.body, email.createdAt];
  const columns = '(id, request_id, to_address, language, kind, subject, body, created_at)';
  if (!changeId || !email.requestId) return db.prepare(`INSERT INTO emails ${columns} VALUES (?, ?, ?, ?, ?, ?, ?, ?)`).bind(...values);
  return db.prepare(`INSERT INTO emails ${columns} SELECT ?, ?, ?, ?, ?, ?, ?, ? ${ifApplied}`).bind(...values, email.requestId, changeId);
}

export async function auditOf(db: D1Database, requestId: string): Promise<AuditRow[]> {
  const { results } = await db.prepare('SELECT * FROM audit_log WHERE request_id = ? ORDER BY seq').bind(requestId).all();
  return z.array(AuditRow).parse(results);
}

export async function notesOf(db: D1Database, requestId: string): Promise<FindingNoteRow[]> {
  const { results } = await db.prepare('SELECT * FROM finding_notes WHERE request_id = ? ORDER BY finding_key').bind(requestId).all();
  return z.array(FindingNoteRow).parse(results);
}

export function upsertNote(db: D1Database, note: FindingNoteRow): D1PreparedStatement {
  return db
    .prepare(
      `INSERT INTO finding_notes (request_id, finding_key, verdict, severity, note, author, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (request_id, finding_key) DO UPDATE SET verdict = excluded.verdict, severity = excluded.severity, note = excluded.note, author = excluded.author, updated_at = excluded.updated_at`,
    )
    .bind(note.request_id, note.finding_key, note.verdict, note.severity, note.note, note.author, note.updated_at);
}

export interface QueueFilter {
  state?: RequestState | 'open' | 'all';
  tier?: string;
  language?: string;
  owner?: string;
}

/** The reviewers' queue, soonest first-response deadline first; unpaid requests are not work yet. */
export async function listQueue(db: D1Database, filter: QueueFilter): Promise<RequestRow[]> {
  const where: string[] = [];
  const values: Value[] = [];
  const state = filter.state ?? 'open';
  if (state === 'open') where.push("state IN ('paid', 'claimed', 'responded')");
  else if (state !== 'all') {
    where.push('state = ?');
    values.push(state);
  }
  if (filter.tier) {
    where.push('tier = ?');
    values.push(filter.tier);
  }
  if (filter.language) {
    where.push('review_language = ?');
    values.push(filter.language);
  }
  if (filter.owner) {
    where.push('owner_email = ?');
    values.push(filter.owner);
  }
  const sql = `SELECT * FROM review_requests ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY first_response_due_at IS NULL, first_response_due_at, created_at LIMIT 500`;
  const { results } = await db
    .prepare(sql)
    .bind(...values)
    .all();
  return z.array(RequestRow).parse(results);
}

export async function listEmails(db: D1Database, limit = 200): Promise<EmailRow[]> {
  const { results } = await db.prepare('SELECT * FROM emails ORDER BY created_at DESC, rowid DESC LIMIT ?').bind(limit).all();
  return z.array(EmailRow).parse(results);
}

export async function emailsOf(db: D1Database, requestId: string): Promise<EmailRow[]> {
  const { results } = await db.prepare('SELECT * FROM emails WHERE request_id = ? ORDER BY created_at, rowid').bind(requestId).all();
  return z.array(EmailRow).parse(results);
}
