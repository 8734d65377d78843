/**
 * ECS clusters with their Container Insights setting (and an account default set in the same configuration), and
 * ECS services with their task count, subnets and the `aws_appautoscaling_target` that scales them.
 */
import type { EcsCluster, EcsService } from '../../../model/aws/compute.ts';
import { absent, known, unknownAttr, type Attr, type ResourceBase } from '../../../model/types.ts';
import type { Links, Mapper } from '../../../read/build.ts';
import { bool, number, text } from '../../../read/convert.ts';
import type { TfReader } from '../reader.ts';
import { mentions } from '../references.ts';

/** The `containerInsights` entry among the `setting` blocks; unknown when an entry's name cannot be read. */
function containerInsights(reader: TfReader): Attr<string> {
  const settings = reader.get('setting');
  if (settings.value?.kind === 'unknown') return unknownAttr(settings.at, settings.property);
  let undecided = false;
  for (const setting of reader.items(settings)) {
    const name = text(reader.field(setting, 'name'));
    if (name.state === 'known' && name.value === 'containerInsights') return text(reader.field(setting, 'value'));
    if (name.state !== 'known') undecided = true;
  }
  return undecided ? unknownAttr(settings.at, settings.property) : absent(settings.at, settings.property);
}

/**
 * An account default of `enabled` or `enhanced` covers clusters that set nothing, if it is in place before they
 * are created: Terraform chooses the order, so their setting becomes unknown.
 */
function applyAccountDefault(reader: TfReader, links: Links<TfReader>): void {
  const name = text(reader.get('name'));
  const value = text(reader.get('value'));
  if ((name.state === 'known' && name.value !== 'containerInsights') || (value.state === 'known' && value.value === 'disabled')) return;
  for (const cluster of links.model.of('aws.ecs.cluster'))
    if (cluster.containerInsights.state === 'absent') cluster.containerInsights = unknownAttr(cluster.containerInsights.at, cluster.containerInsights.property);
}

/** The provider starts no task when `desired_count` is left out (CloudFormation starts one); a daemon service runs one per instance. */
function desiredCount(reader: TfReader): Attr<number> {
  const count = number(reader.get('desired_count'));
  const strategy = text(reader.get('scheduling_strategy'));
  const daemon = strategy.state === 'known' && strategy.value.toUpperCase() === 'DAEMON';
  return count.state === 'absent' && !daemon ? known(0, count.at, count.property) : count;
}

/** One zone at most per subnet; a list computed at apply time cannot be counted. */
function subnetCount(reader: TfReader): Attr<number> {
  const subnets = reader.get('network_configuration', 'subnets');
  if (subnets.value === undefined) return absent(subnets.at, subnets.property);
  if (subnets.value.kind !== 'seq') return unknownAttr(subnets.at, subnets.property);
  return known(subnets.value.items.length, subnets.at, subnets.property);
}

function service(reader: TfReader, base: ResourceBase): EcsService {
  return {
    ...base,
    kind: 'aws.ecs.service',
    desiredCount: desiredCount(reader),
    autoScalingMax: absent(reader.place),
    launchType: text(reader.get('launch_type')),
    zoneCount: subnetCount(reader),
    assignPublicIp: bool(reader.get('network_configuration', 'assign_public_ip')),
  };
}

/** `resource_id = "service/${aws_ecs_cluster.main.name}/${aws_ecs_service.app.name}"` names the service it scales. */
function linkScalableTarget(reader: TfReader, links: Links<TfReader>): void {
  const namespace = text(reader.get('service_namespace'));
  const dimension = text(reader.get('scalable_dimension'));
  if (namespace.state !== 'known' || namespace.value !== 'ecs' || dimension.state !== 'known' || dimension.value !== 'ecs:service:DesiredCount') return;
  const resourceId = reader.get('resource_id');
  if (resourceId.value === undefined) return;
  const written = text(resourceId);
  for (const candidate of links.model.of('aws.ecs.service')) {
    const declared = links.reader(candidate.address);
    const name = declared ? text(declared.get('name')) : undefined;
    const named = written.state === 'known' ? name?.state === 'known' && written.value.endsWith(`/${name.value}`) : mentions(reader, resourceId, candidate.address);
    if (named) candidate.autoScalingMax = number(reader.get('max_capacity'));
  }
}

const ecs: Mapper<TfReader> = {
  types: ['aws_ecs_cluster', 'aws_ecs_account_setting_default', 'aws_ecs_service', 'aws_appautoscaling_target'],
  kinds: ['aws.ecs.cluster', 'aws.ecs.service'],

  build(reader, base) {
    switch (reader.resource.type) {
      case 'aws_ecs_cluster':
        return { ...base, kind: 'aws.ecs.cluster', containerInsights: containerInsights(reader) } satisfies EcsCluster;
      case 'aws_ecs_service':
        return service(reader, base);
      default:
        return undefined;
    }
  },

  link(reader, links) {
    if (reader.resource.type === 'aws_ecs_account_setting_default') applyAccountDefault(reader, links);
    else if (reader.resource.type === 'aws_appautoscaling_target') linkScalableTarget(reader, links);
  },
};
export default ecs;
