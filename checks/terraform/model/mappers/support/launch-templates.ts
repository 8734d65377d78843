/**
 * The launch template or launch configuration an instance or Auto Scaling group launches from. Kept out of the
 * mappers folder's top level because every file there is registered as a mapper.
 */
import type { LaunchTemplate } from '../../../../model/aws/compute.ts';
import type { Links } from '../../../../read/build.ts';
import { referencedResource, text } from '../../../../read/convert.ts';
import type { Cursor, TfReader } from '../../reader.ts';

/** A launch template of the model by the `name` its resource declares. */
function templateNamed(links: Links<TfReader>, name: string): LaunchTemplate | undefined {
  return links.model.of('aws.ec2.launch-template').find((template) => {
    const declared = links.reader(template.address);
    const declaredName = declared ? text(declared.get('name')) : undefined;
    return declaredName?.state === 'known' && declaredName.value === name;
  });
}

/**
 * The template a setting names: a reference (`aws_launch_template.app.id`) or a name the template declares. An id
 * written literally, or a template of another configuration, is not in the model: `undefined`.
 */
export function launchTemplateAt(links: Links<TfReader>, setting: Cursor): LaunchTemplate | undefined {
  const address = referencedResource(setting);
  if (address) {
    const resource = links.resource(address);
    return resource?.kind === 'aws.ec2.launch-template' ? resource : undefined;
  }
  const name = text(setting);
  return name.state === 'known' ? templateNamed(links, name.value) : undefined;
}

/** A launch template specification block: `id`/`name` (instances, groups) or `launch_template_id`/`_name` (mixed instances). */
export function launchTemplateOf(reader: TfReader, links: Links<TfReader>, spec: Cursor, keys: readonly string[] = ['id', 'name']): LaunchTemplate | undefined {
  for (const key of keys) {
    const setting = reader.field(spec, key);
    if (setting.value !== undefined) return launchTemplateAt(links, setting);
  }
  return undefined;
}
