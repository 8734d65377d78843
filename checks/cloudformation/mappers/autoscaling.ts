/**
 * Auto Scaling groups, the scaling policies, scheduled actions and ECS capacity providers that scale them,
 * and the instance type they take from their launch template or launch configuration.
 */
import type { AutoScalingGroup } from '../../model/aws/compute.ts';
import { absent, known, unknownAttr, type Attr, type ResourceBase } from '../../model/types.ts';
import { scalarText } from '../../parse/tree.ts';
import { targetedGroups, type GroupTarget } from '../../read/aws/autoscaling.ts';
import { instanceTypeFromTemplate } from '../../read/aws/launch-templates.ts';
import { knownText, type Resolved } from '../evaluate.ts';
import type { CfnMapper, Links } from '../mapper.ts';
import { number, referencedResource, text, type Cursor, type ResourceReader } from '../read.ts';
import { launchTemplateId, launchTemplateNamed, mentions } from './support/ec2-references.ts';

/** Intrinsics that may stand for several list items, or none, so the items cannot be counted. */
const listShapedFunctions = new Set(['Fn::If', 'Fn::GetAZs', 'Fn::Split', 'Fn::Cidr']);

/** `!Ref` to a list-typed parameter (with no default, when unknown): any number of items. */
function isListParameter(reader: ResourceReader, item: Resolved): boolean {
  const node = item.node;
  if (node.kind !== 'map' || node.entries.length !== 1 || node.entries[0]!.key !== 'Ref') return false;
  const name = scalarText(node.entries[0]!.value);
  const type = name === undefined ? undefined : reader.ctx.template.parameters.get(name)?.type;
  return type !== undefined && (type.startsWith('List<') || type === 'CommaDelimitedList');
}

/**
 * Zones the group can use: one per subnet in `VPCZoneIdentifier` (which wins when both are set), else one per
 * entry of `AvailabilityZones`. An item computed at deploy time still counts once (`!Select [0, !GetAZs '']`
 * is one zone), unless it may expand to several items or vanish.
 */
function zoneCountOf(reader: ResourceReader): Attr<number> {
  const subnets = reader.get('VPCZoneIdentifier');
  const list = subnets.value ? subnets : reader.get('AvailabilityZones');
  if (!list.value) return absent(list.at);
  if (list.value.kind !== 'seq') return unknownAttr(list.at);
  const seen = new Set<string>();
  let count = 0;
  for (const item of list.value.items) {
    if (item.kind === 'seq' || item.kind === 'map') return unknownAttr(list.at);
    if (item.kind === 'unknown' && (isListParameter(reader, item) || (item.node.kind === 'map' && listShapedFunctions.has(item.node.entries[0]?.key ?? '')))) return unknownAttr(list.at);
    const identity = item.kind === 'ref' ? `ref:${item.resource}` : knownText(item);
    if (identity !== undefined) {
      if (seen.has(identity)) continue;
      seen.add(identity);
    }
    count++;
  }
  return known(count, list.at);
}

/** Registered with target groups or classic load balancers; a list known only at deploy time may be empty. */
function registersWithLoadBalancer(reader: ResourceReader): boolean {
  return ['TargetGroupARNs', 'LoadBalancerNames'].some((key) => {
    const value = reader.get(key).value;
    return value?.kind === 'seq' ? value.items.length > 0 : value?.kind === 'ref' || (value?.kind === 'scalar' && knownText(value) !== '');
  });
}

/** Where the group's instance type comes from, for the place of an unknown type. */
function launchSource(reader: ResourceReader): Cursor {
  for (const key of ['LaunchTemplate', 'LaunchConfigurationName', 'MixedInstancesPolicy', 'InstanceId']) {
    const cursor = reader.get(key);
    if (cursor.value) return cursor;
  }
  return reader.properties;
}

function buildGroup(reader: ResourceReader, base: ResourceBase): AutoScalingGroup {
  return {
    ...base,
    kind: 'aws.autoscaling.group',
    groupName: text(reader.get('AutoScalingGroupName')),
    zoneCount: zoneCountOf(reader),
    healthCheckType: text(reader.get('HealthCheckType')),
    behindLoadBalancer: registersWithLoadBalancer(reader),
    minSize: number(reader.get('MinSize')),
    maxSize: number(reader.get('MaxSize')),
    scalingPolicyCount: 0,
    // Resolved in `link`, once every launch template is built.
    instanceType: unknownAttr(launchSource(reader).at),
    notifications: notificationsOf(reader),
  };
}

/** `NotificationConfigurations` (or the older single `NotificationConfiguration`) with a topic. */
function notificationsOf(reader: ResourceReader): Attr<boolean> {
  for (const key of ['NotificationConfigurations', 'NotificationConfiguration']) {
    const setting = reader.get(key);
    if (setting.value === undefined) continue;
    if (setting.value.kind === 'seq') return setting.value.items.length > 0 ? known(true, setting.at, key) : absent(setting.at, 'NotificationConfigurations');
    return setting.value.kind === 'unknown' ? unknownAttr(setting.at, key) : known(true, setting.at, key);
  }
  return absent(reader.place, 'NotificationConfigurations');
}

/** The instance type from the launch template or configuration; mixed-instances overrides make it several. */
function instanceTypeOf(reader: ResourceReader, links: Links, group: AutoScalingGroup): Attr<string> {
  const mixed = reader.get('MixedInstancesPolicy', 'LaunchTemplate');
  const overrides = reader.items(reader.field(mixed, 'Overrides'));
  if (overrides.some((override) => reader.field(override, 'InstanceType').value !== undefined)) return group.instanceType;
  const templateId = mixed.value
    ? launchTemplateId(reader, reader.field(mixed, 'LaunchTemplateSpecification'))
    : (launchTemplateId(reader, reader.get('LaunchTemplate')) ?? referencedResource(reader.get('LaunchConfigurationName')));
  return instanceTypeFromTemplate(launchTemplateNamed(links, templateId), group.instanceType);
}

/** What a policy's `AutoScalingGroupName` (or a capacity provider's group ARN) holds, for `targetedGroups`. */
function groupTarget(links: Links, target: Cursor): GroupTarget | undefined {
  if (!target.value) return undefined;
  const id = referencedResource(target);
  if (id) return { kind: 'reference', resource: links.resource(id) };
  const name = knownText(target.value);
  if (name !== undefined) return { kind: 'name', name };
  const node = target.value.node;
  return { kind: 'computed', mentions: (group) => mentions(node, group.name) };
}

/** The property naming the scaled group, for the resource types that scale one; undefined otherwise. */
function scalingTarget(reader: ResourceReader): Cursor | undefined {
  switch (reader.resource.type) {
    case 'AWS::AutoScaling::ScalingPolicy':
    case 'AWS::AutoScaling::ScheduledAction':
      return reader.get('AutoScalingGroupName');
    case 'AWS::ECS::CapacityProvider': {
      // With managed scaling on, ECS creates a target-tracking policy on the group.
      const status = text(reader.get('AutoScalingGroupProvider', 'ManagedScaling', 'Status'));
      if (status.state === 'known' && status.value.toUpperCase() === 'DISABLED') return undefined;
      return reader.get('AutoScalingGroupProvider', 'AutoScalingGroupArn');
    }
    default:
      return undefined;
  }
}

const autoscaling: CfnMapper = {
  types: ['AWS::AutoScaling::AutoScalingGroup', 'AWS::AutoScaling::ScalingPolicy', 'AWS::AutoScaling::ScheduledAction', 'AWS::ECS::CapacityProvider'],
  kinds: ['aws.autoscaling.group'],

  build(reader, base) {
    return reader.resource.type === 'AWS::AutoScaling::AutoScalingGroup' ? buildGroup(reader, base) : undefined;
  },

  link(reader, links) {
    if (reader.resource.type === 'AWS::AutoScaling::AutoScalingGroup') {
      const group = links.resource(reader.resource.logicalId);
      if (group?.kind === 'aws.autoscaling.group') group.instanceType = instanceTypeOf(reader, links, group);
      return;
    }
    const target = scalingTarget(reader);
    const groups = target && groupTarget(links, target);
    if (!groups) return;
    for (const group of targetedGroups(links.model.of('aws.autoscaling.group'), groups)) group.scalingPolicyCount++;
  },
};
export default autoscaling;
