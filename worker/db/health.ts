/** Database liveness: one real round trip to D1 that also reads the schema version. */

export type DatabaseHealth = { status: 'ok'; schema: string; latencyMs: number } | { status: 'error'; message: string };

export async function checkDatabase(db: D1Database, now: () => number = Date.now): Promise<DatabaseHealth> {
  const started = now();
  try {
    const row = await db.prepare("SELECT value FROM meta WHERE key = 'schema'").first<{ value: string }>();
    if (!row) return { status: 'error', message: 'migrations have not been applied (meta.schema missing)' };
    return { status: 'ok', schema: row.value, latencyMs: now() - started };
  } catch (error) {
    // D1 reports a missing table as a plain error; surface its text, not a stack.
    return { status: 'error', message: error instanceof Error ? error.message : String(error) };
  }
}
