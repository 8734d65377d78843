/**
 * `aws_autoscaling_group` with what scales it (`aws_autoscaling_policy`, `aws_autoscaling_schedule`, an
 * `aws_ecs_capacity_provider` with managed scaling), what puts it behind a load balancer (its own
 * `target_group_arns`, `load_balancers` and `traffic_source`, or `aws_autoscaling_attachment` and
 * `aws_autoscaling_traffic_source_attachment`), and the instance type of the template it launches from.
 */
import type { AutoScalingGroup } from '../../../model/aws/compute.ts';
import { absent, known, unknownAttr, type Attr, type ResourceBase } from '../../../model/types.ts';
import { targetedGroups, type GroupTarget } from '../../../read/aws/autoscaling.ts';
import { instanceTypeFromTemplate } from '../../../read/aws/launch-templates.ts';
import type { Links, Mapper } from '../../../read/build.ts';
import { number, referencedResource, text } from '../../../read/convert.ts';
import type { Cursor, TfReader } from '../reader.ts';
import { mentions } from '../references.ts';
import { launchTemplateAt, launchTemplateOf } from './support/launch-templates.ts';

/**
 * Zones the group can use: one per subnet in `vpc_zone_identifier`, else one per entry of `availability_zones`.
 * Each item of a written list is one element, so an item known only at apply time still counts once; a whole list
 * computed at apply time cannot be counted.
 */
function zoneCountOf(reader: TfReader): Attr<number> {
  const subnets = reader.get('vpc_zone_identifier');
  const list = subnets.value !== undefined ? subnets : reader.get('availability_zones');
  if (list.value === undefined) return absent(list.at, list.property);
  if (list.value.kind !== 'seq') return unknownAttr(list.at, list.property);
  const identities = new Set<string>();
  let count = 0;
  for (const item of list.value.items) {
    const identity = item.kind === 'ref' ? `ref:${item.address}` : item.kind === 'scalar' ? String(item.value) : undefined;
    if (identity !== undefined && identities.has(identity)) continue;
    if (identity !== undefined) identities.add(identity);
    count++;
  }
  return known(count, list.at, list.property);
}

/** A written list with at least one item (a list computed at apply time may be empty), or a single reference. */
const isNonEmpty = (cursor: Cursor): boolean =>
  cursor.value?.kind === 'seq' ? cursor.value.items.length > 0 : cursor.value?.kind === 'ref' || (cursor.value?.kind === 'scalar' && cursor.value.value !== '');

function registersWithLoadBalancer(reader: TfReader): boolean {
  return isNonEmpty(reader.get('target_group_arns')) || isNonEmpty(reader.get('load_balancers')) || reader.blocks(reader.get('traffic_source')).length > 0;
}

/** Where the group's instance type comes from, for the place of an unknown type. */
function launchSource(reader: TfReader): Cursor {
  for (const key of ['launch_template', 'launch_configuration', 'mixed_instances_policy']) {
    const cursor = reader.get(key);
    if (cursor.value !== undefined) return cursor;
  }
  return reader.properties;
}

function buildGroup(reader: TfReader, base: ResourceBase): AutoScalingGroup {
  const source = launchSource(reader);
  return {
    ...base,
    kind: 'aws.autoscaling.group',
    groupName: text(reader.get('name')),
    zoneCount: zoneCountOf(reader),
    healthCheckType: text(reader.get('health_check_type')),
    behindLoadBalancer: registersWithLoadBalancer(reader),
    minSize: number(reader.get('min_size')),
    maxSize: number(reader.get('max_size')),
    scalingPolicyCount: 0,
    // Resolved in `link`, once every launch template is built.
    instanceType: unknownAttr(source.at, source.property),
    // Set by an `aws_autoscaling_notification` that names the group (see `link`).
    notifications: absent(reader.place, 'aws_autoscaling_notification'),
  };
}

/** An `aws_autoscaling_notification` covers each group its `group_names` names; a list computed at apply time may cover any. */
function markNotified(reader: TfReader, links: Links<TfReader>): void {
  const names = reader.get('group_names');
  const groups = links.model.of('aws.autoscaling.group');
  const targets = names.value?.kind === 'seq' ? reader.items(names).map((item) => groupTarget(reader, links, item)) : [groupTarget(reader, links, names)];
  for (const target of targets) {
    if (!target) continue;
    const surely = target.kind === 'reference';
    for (const group of targetedGroups(groups, target))
      if (surely || (target.kind === 'name' && group.groupName.state === 'known')) group.notifications = known(true, reader.place, 'aws_autoscaling_notification');
      else if (group.notifications.state === 'absent') group.notifications = unknownAttr(group.notifications.at, group.notifications.property);
  }
}

/** The instance type from the launch template or configuration; mixed-instances overrides make it several. */
function instanceTypeOf(reader: TfReader, links: Links<TfReader>, group: AutoScalingGroup): Attr<string> {
  const mixed = reader.get('mixed_instances_policy', 'launch_template');
  if (mixed.value !== undefined) {
    const overrides = reader.blocks(reader.field(mixed, 'override'));
    if (overrides.some((override) => reader.field(override, 'instance_type').value !== undefined)) return group.instanceType;
    const spec = reader.field(mixed, 'launch_template_specification');
    return instanceTypeFromTemplate(launchTemplateOf(reader, links, spec, ['launch_template_id', 'launch_template_name']), group.instanceType);
  }
  const template = reader.get('launch_template');
  const chosen = template.value !== undefined ? launchTemplateOf(reader, links, template) : launchTemplateAt(links, reader.get('launch_configuration'));
  return instanceTypeFromTemplate(chosen, group.instanceType);
}

/** What a group-name setting holds: a reference, a name written out, or an expression known only at apply time. */
function groupTarget(reader: TfReader, links: Links<TfReader>, setting: Cursor): GroupTarget | undefined {
  if (setting.value === undefined) return undefined;
  const address = referencedResource(setting);
  if (address) return { kind: 'reference', resource: links.resource(address) };
  const name = text(setting);
  if (name.state === 'known') return { kind: 'name', name: name.value };
  return { kind: 'computed', mentions: (group) => mentions(reader, setting, group.address) };
}

/** The setting naming the scaled group, for the resource types that scale one; undefined otherwise. */
function scalingTarget(reader: TfReader): Cursor | undefined {
  switch (reader.resource.type) {
    case 'aws_autoscaling_policy':
    case 'aws_autoscaling_schedule':
      return reader.get('autoscaling_group_name');
    case 'aws_ecs_capacity_provider': {
      // With managed scaling on, ECS creates a target-tracking policy on the group.
      const status = text(reader.get('auto_scaling_group_provider', 'managed_scaling', 'status'));
      if (status.state === 'known' && status.value.toUpperCase() === 'DISABLED') return undefined;
      return reader.get('auto_scaling_group_provider', 'auto_scaling_group_arn');
    }
    default:
      return undefined;
  }
}

/**
 * An attachment puts a group behind a load balancer only when it surely names that group: a group known only by a
 * computed name may not be the one, and marking it would raise the health-check alarm on a guess.
 */
function attachedGroups(reader: TfReader, links: Links<TfReader>): AutoScalingGroup[] {
  const target = groupTarget(reader, links, reader.get('autoscaling_group_name'));
  if (target?.kind === 'computed') return [];
  const groups = target ? targetedGroups(links.model.of('aws.autoscaling.group'), target) : [];
  return groups.filter((group) => target?.kind === 'reference' || group.groupName.state === 'known');
}

const attachmentTypes = new Set(['aws_autoscaling_attachment', 'aws_autoscaling_traffic_source_attachment']);

const autoscaling: Mapper<TfReader> = {
  types: [
    'aws_autoscaling_group',
    'aws_autoscaling_notification',
    'aws_autoscaling_policy',
    'aws_autoscaling_schedule',
    'aws_ecs_capacity_provider',
    'aws_autoscaling_attachment',
    'aws_autoscaling_traffic_source_attachment',
  ],
  kinds: ['aws.autoscaling.group'],

  build(reader, base) {
    return reader.resource.type === 'aws_autoscaling_group' ? buildGroup(reader, base) : undefined;
  },

  link(reader, links) {
    const type = reader.resource.type;
    if (type === 'aws_autoscaling_group') {
      const group = links.resource(reader.resource.address);
      if (group?.kind === 'aws.autoscaling.group') group.instanceType = instanceTypeOf(reader, links, group);
      return;
    }
    if (type === 'aws_autoscaling_notification') return markNotified(reader, links);
    if (attachmentTypes.has(type)) {
      for (const group of attachedGroups(reader, links)) group.behindLoadBalancer = true;
      return;
    }
    const setting = scalingTarget(reader);
    const target = setting && groupTarget(reader, links, setting);
    if (!target) return;
    for (const group of targetedGroups(links.model.of('aws.autoscaling.group'), target)) group.scalingPolicyCount++;
  },
};
export default autoscaling;
