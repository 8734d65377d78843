/**
 * Shared by the EC2 and EBS rules: the settings instances and launch templates declare, each listed once,
 * where it is written. An instance that takes a setting from a launch template in the same stack is left out
 * for that setting, since the finding belongs on the template.
 */
import type { Ec2Instance, InheritedSetting, LaunchTemplate } from '../../../model/aws/compute.ts';
import type { EbsSettings } from '../../../model/aws/storage.ts';
import type { Model } from '../../../model/model.ts';
import type { Attr, ResourceBase } from '../../../model/types.ts';
import type { Phrase } from '../../message.ts';
import { phrase } from '../phrases.ts';

/** EC2 launches `m1.small` when RunInstances names no instance type. */
export const defaultInstanceType = 'm1.small';

export function launchTemplateLabel(template: LaunchTemplate): Phrase {
  return phrase(template.legacyConfiguration ? 'launchConfiguration' : 'launchTemplate', { name: template.name });
}

export interface Launcher {
  resource: ResourceBase;
  /** `instance Web`, `launch template WebTemplate`. */
  label: Phrase;
  instance: boolean;
}

const ownSetting = (instance: Ec2Instance, setting: InheritedSetting) => !instance.fromLaunchTemplate.includes(setting);

/** Instances and launch templates with the given setting, skipping instances that inherit it. */
export function launchSettings<T>(
  model: Model,
  setting: InheritedSetting,
  read: (resource: Ec2Instance | LaunchTemplate) => Attr<T>,
): { launcher: Launcher; attr: Attr<T>; resource: Ec2Instance | LaunchTemplate }[] {
  const instances = model
    .of('aws.ec2.instance')
    .filter((instance) => ownSetting(instance, setting))
    .map((instance) => ({ launcher: { resource: instance, label: phrase('instance', { name: instance.name }), instance: true }, attr: read(instance), resource: instance }));
  const templates = model
    .of('aws.ec2.launch-template')
    .map((template) => ({ launcher: { resource: template, label: launchTemplateLabel(template), instance: false }, attr: read(template), resource: template }));
  return [...instances, ...templates];
}

export interface EbsSite {
  resource: ResourceBase;
  /** `EBS volume Data`, `block device /dev/xvda of instance Web`. */
  label: Phrase;
  settings: EbsSettings;
}

/** Standalone volumes and the EBS block devices of instances and launch templates. */
export function ebsSites(model: Model): EbsSite[] {
  const device = (settings: EbsSettings, owner: Phrase) =>
    settings.deviceName === undefined ? phrase('unnamedBlockDevice', { owner }) : phrase('blockDevice', { device: settings.deviceName, owner });
  const sites: EbsSite[] = model.of('aws.ebs.volume').map((volume) => ({ resource: volume, label: phrase('ebsVolume', { name: volume.name }), settings: volume }));
  for (const instance of model.of('aws.ec2.instance'))
    for (const settings of instance.blockDevices) sites.push({ resource: instance, label: device(settings, phrase('instance', { name: instance.name })), settings });
  for (const template of model.of('aws.ec2.launch-template'))
    for (const settings of template.blockDevices) sites.push({ resource: template, label: device(settings, launchTemplateLabel(template)), settings });
  return sites;
}
