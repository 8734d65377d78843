/**
 * EC2 instances, launch templates, Auto Scaling launch configurations (modelled as launch templates) and
 * standalone EBS volumes, with the EBS settings of every block device they declare.
 */
import type { Ec2Instance, ImagePlatform, LaunchTemplate } from '../../model/aws/compute.ts';
import type { EbsSettings, EbsVolume } from '../../model/aws/storage.ts';
import { inBlock, unknownAttr, type Attr, type ResourceBase } from '../../model/types.ts';
import { inheritFromLaunchTemplate } from '../../read/aws/launch-templates.ts';
import { valueOf, type MapNode } from '../../parse/tree.ts';
import { knownText } from '../evaluate.ts';
import type { CfnMapper, Links } from '../mapper.ts';
import { bool, referencedResource, text, type Cursor, type ResourceReader } from '../read.ts';
import type { CfnResource } from '../template.ts';
import { cfnBootSecrets } from './support/boot-secrets.ts';
import { launchTemplateId, launchTemplateNamed, mentions } from './support/ec2-references.ts';

/** Encryption of a volume made from a snapshot follows the snapshot unless it is set explicitly. */
function encryptionOf(reader: ResourceReader, ebs: Cursor): Attr<boolean> {
  const encrypted = bool(reader.field(ebs, 'Encrypted'));
  const fromSnapshot = reader.field(ebs, 'SnapshotId').value !== undefined;
  return encrypted.state === 'absent' && fromSnapshot ? unknownAttr(encrypted.at) : encrypted;
}

/**
 * The EBS block devices of an instance, launch template or launch configuration. Instance-store entries
 * (`VirtualName: ephemeral0`) are skipped, even with an `Ebs` key beside them: they are not EBS volumes.
 */
function blockDevicesOf(reader: ResourceReader, mappings: Cursor): EbsSettings[] {
  return reader.items(mappings).flatMap((mapping): EbsSettings[] => {
    const ebs = reader.field(mapping, 'Ebs');
    if (!ebs.value || reader.field(mapping, 'VirtualName').value !== undefined) return [];
    const volumeType = text(reader.field(ebs, 'VolumeType'));
    const deviceName = knownText(reader.field(mapping, 'DeviceName').value);
    return [
      {
        at: ebs.at,
        ...(deviceName === undefined ? {} : { deviceName }),
        encrypted: encryptionOf(reader, ebs),
        // Without a type the volume takes the one of the AMI's snapshot for that device, or gp2 for a new device:
        // which applies cannot be told from the template.
        volumeType: volumeType.state === 'absent' ? unknownAttr(volumeType.at) : volumeType,
      },
    ];
  });
}

/** Windows AMIs are usually named through the public SSM parameters under `/aws/service/ami-windows-latest/`. */
function imagePlatformOf(image: Cursor): ImagePlatform {
  const text = knownText(image.value);
  return text !== undefined && /windows/i.test(text) ? 'windows' : undefined;
}

/** `AssociatePublicIpAddress` of every network interface that writes it. */
function publicIpOf(reader: ResourceReader, interfaces: Cursor): Attr<boolean>[] {
  return reader.items(interfaces).flatMap((item) => writtenOnly(bool(reader.field(item, 'AssociatePublicIpAddress'))));
}

const writtenOnly = (attr: Attr<boolean>): Attr<boolean>[] => (attr.state === 'absent' ? [] : [attr]);

function buildInstance(reader: ResourceReader, base: ResourceBase): Ec2Instance {
  return {
    ...base,
    kind: 'aws.ec2.instance',
    instanceType: text(reader.get('InstanceType')),
    metadataHttpTokens: inBlock(text(reader.get('MetadataOptions', 'HttpTokens')), 'MetadataOptions'),
    metadataEndpoint: text(reader.get('MetadataOptions', 'HttpEndpoint')),
    blockDevices: blockDevicesOf(reader, reader.get('BlockDeviceMappings')),
    encryptedByDefault: false,
    launchTemplate: reader.get('LaunchTemplate').value !== undefined,
    imagePlatform: imagePlatformOf(reader.get('ImageId')),
    fromLaunchTemplate: [],
    detailedMonitoring: bool(reader.get('Monitoring')),
    tenancy: text(reader.get('Tenancy')),
    terminationProtection: bool(reader.get('DisableApiTermination')),
    // Spot capacity comes only through a launch template's InstanceMarketOptions (see `link`).
    spot: false,
    bootSecrets: cfnBootSecrets(reader, reader.resource.properties, reader.properties.at.pointer),
    associatePublicIp: publicIpOf(reader, reader.get('NetworkInterfaces')),
  };
}

/** `InstanceMarketOptions` of a launch template asks for Spot (its only market type). */
function requestsSpot(reader: ResourceReader, settings: Cursor): boolean {
  const market = reader.field(settings, 'InstanceMarketOptions');
  const type = text(reader.field(market, 'MarketType'));
  return market.value !== undefined && !(type.state === 'known' && type.value.toLowerCase() !== 'spot');
}

/** The raw `LaunchTemplateData` of a launch template, or the properties of a launch configuration. */
function settingsNode(reader: ResourceReader, legacyConfiguration: boolean): MapNode | undefined {
  const properties = reader.resource.properties;
  const data = properties && !legacyConfiguration ? valueOf(properties, 'LaunchTemplateData') : properties;
  return data?.kind === 'map' ? data : undefined;
}

/** `settings` is `LaunchTemplateData` of a launch template, or the properties of a launch configuration. */
function buildLaunchTemplate(reader: ResourceReader, base: ResourceBase, settings: Cursor, legacyConfiguration: boolean): LaunchTemplate {
  const metadata = reader.field(settings, 'MetadataOptions');
  const instanceType = text(reader.field(settings, 'InstanceType'));
  const byRequirements = reader.field(settings, 'InstanceRequirements').value !== undefined;
  return {
    ...base,
    kind: 'aws.ec2.launch-template',
    legacyConfiguration,
    instanceType: instanceType.state === 'absent' && byRequirements ? unknownAttr(instanceType.at) : instanceType,
    metadataHttpTokens: inBlock(text(reader.field(metadata, 'HttpTokens')), 'MetadataOptions'),
    metadataEndpoint: text(reader.field(metadata, 'HttpEndpoint')),
    blockDevices: blockDevicesOf(reader, reader.field(settings, 'BlockDeviceMappings')),
    // CloudFormation has no resource for the account's EBS encryption by default.
    encryptedByDefault: false,
    imagePlatform: imagePlatformOf(reader.field(settings, 'ImageId')),
    // A launch configuration spells these `InstanceMonitoring` (on by default) and `PlacementTenancy`.
    detailedMonitoring: legacyConfiguration ? bool(reader.field(settings, 'InstanceMonitoring')) : inBlock(bool(reader.field(reader.field(settings, 'Monitoring'), 'Enabled')), 'Monitoring'),
    tenancy: legacyConfiguration ? text(reader.field(settings, 'PlacementTenancy')) : text(reader.field(reader.field(settings, 'Placement'), 'Tenancy')),
    terminationProtection: bool(reader.field(settings, 'DisableApiTermination')),
    spot: legacyConfiguration ? reader.field(settings, 'SpotPrice').value !== undefined : requestsSpot(reader, settings),
    bootSecrets: cfnBootSecrets(reader, settingsNode(reader, legacyConfiguration), settings.at.pointer),
    associatePublicIp: legacyConfiguration ? writtenOnly(bool(reader.field(settings, 'AssociatePublicIpAddress'))) : publicIpOf(reader, reader.field(settings, 'NetworkInterfaces')),
  };
}

function buildVolume(reader: ResourceReader, base: ResourceBase): EbsVolume {
  return {
    ...base,
    kind: 'aws.ebs.volume',
    encrypted: encryptionOf(reader, reader.properties),
    // Absent means the service default (gp2 for a new volume), which the rules apply.
    volumeType: text(reader.get('VolumeType')),
    // Settled in `link`, once every resource that may attach it has been seen.
    attached: false,
  };
}

/**
 * A volume is attached when an instance lists it in `Volumes` or a volume attachment names it. Any other resource
 * or output that mentions it (a custom resource, user data, another stack) may attach it where this check cannot
 * follow, so the volume is then left undecided.
 */
function settleAttachment(reader: ResourceReader, links: Links): void {
  const { template, conditions } = reader.ctx;
  const volume = links.resource(reader.resource.logicalId);
  if (volume?.kind !== 'aws.ebs.volume') return;
  const id = volume.name;
  const attaching = (resource: CfnResource): Cursor[] => {
    const other = links.reader(resource.logicalId);
    if (!other) return [];
    if (resource.type === 'AWS::EC2::VolumeAttachment') return [other.get('VolumeId')];
    if (resource.type === 'AWS::EC2::Instance') return other.items(other.get('Volumes')).map((item) => other.field(item, 'VolumeId'));
    return [];
  };
  for (const resource of template.resources.values()) {
    if (resource.logicalId === id) continue;
    if (resource.condition && conditions.get(resource.condition) === false) continue;
    if (!mentions(resource.entry.value, id)) continue;
    const named = attaching(resource).some((cursor) => referencedResource(cursor) === id);
    if (named) {
      volume.attached = true;
      return;
    }
    volume.attached = undefined;
  }
  const outputs = valueOf(template.root, 'Outputs');
  if (volume.attached === false && outputs !== undefined && mentions(outputs, id)) volume.attached = undefined;
}

const ec2Instances: CfnMapper = {
  types: ['AWS::EC2::Instance', 'AWS::EC2::LaunchTemplate', 'AWS::AutoScaling::LaunchConfiguration', 'AWS::EC2::Volume'],
  kinds: ['aws.ec2.instance', 'aws.ec2.launch-template', 'aws.ebs.volume'],

  build(reader, base) {
    switch (reader.resource.type) {
      case 'AWS::EC2::Instance':
        return buildInstance(reader, base);
      case 'AWS::EC2::LaunchTemplate':
        return buildLaunchTemplate(reader, base, reader.get('LaunchTemplateData'), false);
      case 'AWS::AutoScaling::LaunchConfiguration':
        return buildLaunchTemplate(reader, base, reader.properties, true);
      case 'AWS::EC2::Volume':
        return buildVolume(reader, base);
      default:
        return undefined;
    }
  },

  link(reader, links) {
    if (reader.resource.type === 'AWS::EC2::Volume') return settleAttachment(reader, links);
    if (reader.resource.type !== 'AWS::EC2::Instance') return;
    const instance = links.resource(reader.resource.logicalId);
    const spec = reader.get('LaunchTemplate');
    if (instance?.kind !== 'aws.ec2.instance' || !spec.value) return;
    const template = launchTemplateNamed(links, launchTemplateId(reader, spec));
    inheritFromLaunchTemplate(instance, template, reader.get('ImageId').value !== undefined);
  },
};
export default ec2Instances;
