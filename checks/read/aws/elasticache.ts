/** ElastiCache settings whose meaning does not depend on the format they are written in. */
import { known, unknownAttr, type Attr, type Place } from '../../model/types.ts';

/** A secondary of a global datastore takes its settings from the primary when it leaves them out. */
export function unlessInherited(attr: Attr<boolean>, inherited: boolean): Attr<boolean> {
  return attr.state === 'absent' && inherited ? unknownAttr(attr.at, attr.property) : attr;
}

/**
 * Whether a standalone cache cluster survives losing a zone: Memcached spreads nodes over zones with the
 * `cross-az` mode; a standalone Redis or Valkey node has nothing to fail over to (known false, at the resource,
 * named by `groupFailover`: the replication group setting that would fail over, as the source spells it).
 */
export function cacheClusterSpread(engine: Attr<string>, azMode: Attr<string>, resourceAt: Place, groupFailover: string): Attr<boolean> {
  if (engine.state !== 'known') return unknownAttr(engine.at, engine.property);
  if (engine.value !== 'memcached') return known(false, resourceAt, groupFailover);
  return azMode.state === 'known' ? known(azMode.value === 'cross-az', azMode.at, azMode.property) : (azMode as Attr<never>);
}

/** A setting is written (a password, a list), whatever its value: `undefined` when not, unknown when that depends on the deployment. */
export function written(attr: Attr<unknown>): Attr<boolean> {
  if (attr.state === 'known') return known(true, attr.at, attr.property);
  return attr as Attr<never>;
}
