/**
 * When RDS standard support ended for major engine versions, after which RDS enrols the database in RDS Extended
 * Support and bills it per vCPU-hour. Only dates confirmed in the AWS documentation (the Extended Support pages and
 * the engines' release calendars) are listed; versions whose date was still to come on `asOf` are left out, so the
 * rule gives the same answer on any day. Add a row when a date passes, and move `asOf` with it.
 */
export const asOf = '2026-12-05';

export interface MajorVersion {
  /** Engine as the model has it (lower-cased). */
  engine: 'mysql' | 'postgres' | 'aurora-mysql' | 'aurora-postgresql';
  /** Matches an `EngineVersion` / `engine_version` of this major version, with or without a minor part. */
  version: RegExp;
  /** The product name findings use, e.g. `Aurora MySQL 2`. */
  name: string;
  /** Last day of standard support (ISO date); Extended Support charges follow. */
  standardSupportEnded: string;
}

export const endedStandardSupport: readonly MajorVersion[] = [
  { engine: 'mysql', version: /^5\.7(\.|$)/, name: 'MySQL 5.7', standardSupportEnded: '2024-02-29' },
  { engine: 'postgres', version: /^11(\.|$)/, name: 'PostgreSQL 11', standardSupportEnded: '2024-02-29' },
  { engine: 'postgres', version: /^12(\.|$)/, name: 'PostgreSQL 12', standardSupportEnded: '2025-02-28' },
  { engine: 'postgres', version: /^13(\.|$)/, name: 'PostgreSQL 13', standardSupportEnded: '2026-02-28' },
  { engine: 'mysql', version: /^8\.0(\.|$)/, name: 'MySQL 8.0', standardSupportEnded: '2026-07-31' },
  // Aurora MySQL 3 (MySQL 8.0-compatible) has its own, later calendar; RDS for MySQL 8.0's date does not apply to it.
  // Aurora MySQL 2 is MySQL 5.7-compatible: `5.7.mysql_aurora.2.11.2`.
  { engine: 'aurora-mysql', version: /^5\.7(\.|$)/, name: 'Aurora MySQL 2', standardSupportEnded: '2024-10-31' },
  { engine: 'aurora-postgresql', version: /^11(\.|$)/, name: 'Aurora PostgreSQL 11', standardSupportEnded: '2024-02-29' },
  { engine: 'aurora-postgresql', version: /^12(\.|$)/, name: 'Aurora PostgreSQL 12', standardSupportEnded: '2025-02-28' },
  { engine: 'aurora-postgresql', version: /^13(\.|$)/, name: 'Aurora PostgreSQL 13', standardSupportEnded: '2026-02-28' },
];

/** The major version, among those past standard support on `asOf`, that an engine and version belong to. */
export function pastStandardSupport(engine: string, version: string): MajorVersion | undefined {
  return endedStandardSupport.find((major) => major.engine === engine && major.version.test(version) && major.standardSupportEnded < asOf);
}
