/** Small readers shared by several mappers. */
import { known, type Attr } from '../model/types.ts';
import { knownText } from './evaluate.ts';
import { text, type ResourceReader } from './read.ts';

/**
 * Whether deleting or replacing the resource keeps its data, from `DeletionPolicy`.
 * `whenAbsent` is CloudFormation's default for the type (RDS defaults to `Snapshot`).
 */
export function retainOnDelete(reader: ResourceReader, whenAbsent = false): Attr<boolean> {
  const policy = text(reader.attribute(reader.resource.deletionPolicy, 'DeletionPolicy'));
  if (policy.state === 'absent') return known(whenAbsent, policy.at);
  if (policy.state === 'unknown') return policy as Attr<never>;
  return known(policy.value !== 'Delete', policy.at);
}

/** A referenced resource's logical id, or a literal name/ARN to match against resource names. */
export function referenceOrName(reader: ResourceReader, ...path: string[]): { id?: string; name?: string } {
  const value = reader.get(...path).value;
  if (value?.kind === 'ref') return { id: value.resource };
  const name = knownText(value);
  return name === undefined ? {} : { name };
}
