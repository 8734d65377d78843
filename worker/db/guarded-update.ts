/**
 * The one guarded UPDATE behind every state machine in D1 (requests, on-demand accounts): it stamps
 * `last_change_id`, moves the state only from a legal predecessor, and applies extra conditions. Side effects
 * of the change are then inserted `WHERE` the stamp is present, so they happen exactly when the change did.
 */
type Value = string | number | null;

export interface StateMachine<State extends string> {
  table: string;
  movableFrom(target: State): readonly State[];
  rank: Record<State, number>;
}

export interface Change<State extends string> {
  id: string;
  /** The row's id. */
  rowId: string;
  /** Moves the state when set; the update then only applies from a legal predecessor. */
  to?: State | undefined;
  /** Further columns to set. */
  set?: Record<string, Value> | undefined;
  /** Extra conditions, e.g. `owner_email = ?` with its values. */
  where?: { sql: string; values: Value[] } | undefined;
}

export function stateGuardedUpdate<State extends string>(db: D1Database, machine: StateMachine<State>, change: Change<State>): D1PreparedStatement {
  const sets: string[] = ['last_change_id = ?'];
  const values: Value[] = [change.id];
  if (change.to) {
    sets.push('state = ?', 'state_rank = ?');
    values.push(change.to, machine.rank[change.to]);
  }
  for (const [column, value] of Object.entries(change.set ?? {})) {
    if (!/^[a-z_]+$/.test(column)) throw new Error(`not a column: ${column}`);
    sets.push(`${column} = ?`);
    values.push(value);
  }
  const where: string[] = ['id = ?'];
  values.push(change.rowId);
  if (change.to) {
    const from = machine.movableFrom(change.to);
    where.push(from.length ? `state IN (${from.map(() => '?').join(', ')})` : '0');
    values.push(...from);
  }
  if (change.where) {
    where.push(`(${change.where.sql})`);
    values.push(...change.where.values);
  }
  return db.prepare(`UPDATE ${machine.table} SET ${sets.join(', ')} WHERE ${where.join(' AND ')}`).bind(...values);
}
