/**
 * Cross-resource lookups shared by the EC2, Auto Scaling and VPC mappers. Kept out of the mappers folder's
 * top level because every file there is registered as a mapper.
 */
import type { LaunchTemplate } from '../../../model/aws/compute.ts';
import { scalarText, type Node } from '../../../parse/tree.ts';
import type { Links } from '../../mapper.ts';
import { referencedResource, type Cursor, type ResourceReader } from '../../read.ts';

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Whether a raw template node refers to a resource (`Ref`, `Fn::GetAtt`, `${Id}` in `Fn::Sub`) anywhere inside it,
 * whatever functions surround the reference. Used when a value cannot be resolved but may still be the resource.
 */
export function mentions(node: Node, logicalId: string): boolean {
  const inSub = new RegExp(`\\$\\{\\s*${escapeRegExp(logicalId)}(\\.[^}]*)?\\s*\\}`);
  const visit = (current: Node): boolean => {
    if (current.kind === 'scalar') return false;
    if (current.kind === 'seq') return current.items.some(visit);
    if (current.entries.length === 1) {
      const { key, value } = current.entries[0]!;
      if (key === 'Ref' && scalarText(value) === logicalId) return true;
      if (key === 'Fn::GetAtt') {
        const target = value.kind === 'seq' ? scalarText(value.items[0]) : scalarText(value)?.split('.')[0];
        if (target === logicalId) return true;
      }
      if (key === 'Fn::Sub') {
        const text = value.kind === 'seq' ? scalarText(value.items[0]) : scalarText(value);
        if (text !== undefined && inSub.test(text)) return true;
      }
    }
    return current.entries.some((entry) => visit(entry.value));
  };
  return visit(node);
}

/** The logical id of the launch template a `LaunchTemplateSpecification` refers to, when it is in this stack. */
export function launchTemplateId(reader: ResourceReader, spec: Cursor): string | undefined {
  return referencedResource(reader.field(spec, 'LaunchTemplateId')) ?? referencedResource(reader.field(spec, 'LaunchTemplateName'));
}

/** The launch template (or launch configuration) model resource with that logical id, if it was built. */
export function launchTemplateNamed(links: Links, logicalId: string | undefined): LaunchTemplate | undefined {
  const resource = logicalId === undefined ? undefined : links.resource(logicalId);
  return resource?.kind === 'aws.ec2.launch-template' ? resource : undefined;
}
