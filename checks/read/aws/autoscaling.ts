/** Which Auto Scaling groups a scaling policy, schedule or capacity provider scales, the same in every format. */
import type { AnyResource } from '../../model/aws/index.ts';
import type { AutoScalingGroup } from '../../model/aws/compute.ts';

/** What the setting naming the group holds once read. */
export type GroupTarget =
  /** A reference to a resource of the source (the group itself, or something that is not a group). */
  | { kind: 'reference'; resource: AnyResource | undefined }
  /** A name or ARN written out. */
  | { kind: 'name'; name: string }
  /** A value known only at deploy time; `mentions` tells whether its expression names the group. */
  | { kind: 'computed'; mentions: (group: AutoScalingGroup) => boolean };

/**
 * The groups a target may point at. A name known only at deploy time may be any group given an explicit name
 * (or one whose name is itself computed), or a group its expression names.
 */
export function targetedGroups(groups: readonly AutoScalingGroup[], target: GroupTarget): AutoScalingGroup[] {
  switch (target.kind) {
    case 'reference':
      return groups.filter((group) => group === target.resource);
    case 'name':
      return groups.filter((group) =>
        group.groupName.state === 'known' ? target.name === group.groupName.value || target.name.endsWith(`autoScalingGroupName/${group.groupName.value}`) : group.groupName.state === 'unknown',
      );
    case 'computed':
      return groups.filter((group) => group.groupName.state !== 'absent' || target.mentions(group));
  }
}
