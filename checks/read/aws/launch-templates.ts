/**
 * What an instance or an Auto Scaling group takes from the launch template it launches from, the same in every
 * format once both are in the model.
 */
import type { Ec2Instance, LaunchTemplate } from '../../model/aws/compute.ts';
import { unknownAttr, type Attr } from '../../model/types.ts';

/**
 * Fills what an instance leaves out from the launch template it names. A template this check cannot see
 * (another stack or configuration, a parameter or variable) may set anything, so those settings become unknown.
 * `ownImage`: the instance names its own image, so the template's image platform does not apply.
 */
export function inheritFromLaunchTemplate(instance: Ec2Instance, template: LaunchTemplate | undefined, ownImage: boolean): void {
  if (!template) {
    if (instance.instanceType.state === 'absent') instance.instanceType = unknownAttr(instance.instanceType.at, instance.instanceType.property);
    if (instance.metadataHttpTokens.state === 'absent') instance.metadataHttpTokens = unknownAttr(instance.metadataHttpTokens.at, instance.metadataHttpTokens.property);
    if (instance.metadataEndpoint.state === 'absent') instance.metadataEndpoint = unknownAttr(instance.metadataEndpoint.at, instance.metadataEndpoint.property);
    inheritOperationsFromUnseen(instance);
    return;
  }
  // A template without an instance type leaves the EC2 default in force, which is the instance's own finding.
  if (instance.instanceType.state === 'absent' && template.instanceType.state !== 'absent') {
    instance.instanceType = template.instanceType;
    instance.fromLaunchTemplate.push('instanceType');
  }
  if (instance.metadataHttpTokens.state === 'absent') {
    instance.metadataHttpTokens = template.metadataHttpTokens;
    instance.fromLaunchTemplate.push('metadataHttpTokens');
  }
  if (instance.metadataEndpoint.state === 'absent') instance.metadataEndpoint = template.metadataEndpoint;
  if (!ownImage) instance.imagePlatform = template.imagePlatform;
  inheritOperations(instance, template);
}

/** Monitoring, tenancy, termination protection and Spot: what a template this check cannot see may set. */
function inheritOperationsFromUnseen(instance: Ec2Instance): void {
  for (const key of ['detailedMonitoring', 'terminationProtection'] as const) if (instance[key].state === 'absent') instance[key] = unknownAttr(instance[key].at, instance[key].property);
  if (instance.tenancy.state === 'absent') instance.tenancy = unknownAttr(instance.tenancy.at, instance.tenancy.property);
}

/** Monitoring and tenancy findings belong to the template; termination protection and Spot are the instance's own. */
function inheritOperations(instance: Ec2Instance, template: LaunchTemplate): void {
  if (instance.detailedMonitoring.state === 'absent') {
    instance.detailedMonitoring = template.detailedMonitoring;
    instance.fromLaunchTemplate.push('detailedMonitoring');
  }
  if (instance.tenancy.state === 'absent') {
    instance.tenancy = template.tenancy;
    instance.fromLaunchTemplate.push('tenancy');
  }
  if (instance.terminationProtection.state === 'absent' && template.terminationProtection.state !== 'absent') instance.terminationProtection = template.terminationProtection;
  instance.spot ||= template.spot;
}

/** A group's instance type is its template's, when the template sets one; otherwise it stays as the group has it. */
export function instanceTypeFromTemplate(template: LaunchTemplate | undefined, own: Attr<string>): Attr<string> {
  return template && template.instanceType.state !== 'absent' ? template.instanceType : own;
}
