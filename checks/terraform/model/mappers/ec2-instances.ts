/**
 * `aws_instance`, `aws_launch_template`, `aws_launch_configuration` (modelled as a launch template) and
 * `aws_ebs_volume`, with the EBS settings of every block device they declare. Region-wide defaults set in the same
 * configuration (`aws_ebs_encryption_by_default`, `aws_ec2_instance_metadata_defaults`) make what a resource leaves
 * to them unknown: they apply only to what is created after them, and Terraform chooses the order.
 */
import type { Ec2Instance, ImagePlatform, LaunchTemplate } from '../../../model/aws/compute.ts';
import type { EbsSettings, EbsVolume } from '../../../model/aws/storage.ts';
import type { Model } from '../../../model/model.ts';
import { absent, inBlock, isKnown, unknownAttr, type Attr, type ResourceBase } from '../../../model/types.ts';
import { inheritFromLaunchTemplate } from '../../../read/aws/launch-templates.ts';
import type { Links, Mapper } from '../../../read/build.ts';
import { bool, referencedResource, text } from '../../../read/convert.ts';
import type { Cursor, TfReader } from '../reader.ts';
import { dataSourcesIn, mentions } from '../references.ts';
import { tfBootSecrets } from './support/boot-secrets.ts';
import { launchTemplateOf } from './support/launch-templates.ts';

/** Encryption of a volume made from a snapshot follows the snapshot unless it is set explicitly. */
function encryptionOf(reader: TfReader, volume: Cursor): Attr<boolean> {
  const encrypted = bool(reader.field(volume, 'encrypted'));
  const fromSnapshot = reader.field(volume, 'snapshot_id').value !== undefined;
  return encrypted.state === 'absent' && fromSnapshot ? unknownAttr(encrypted.at, encrypted.property) : encrypted;
}

/**
 * One block device. Without a type the volume takes the one of the AMI's snapshot for that device, or gp2 for a
 * new device: which applies cannot be told from the configuration.
 */
function blockDevice(reader: TfReader, volume: Cursor, deviceName: Attr<string>): EbsSettings {
  const volumeType = text(reader.field(volume, 'volume_type'));
  return {
    at: volume.at,
    ...(deviceName.state === 'known' ? { deviceName: deviceName.value } : {}),
    encrypted: encryptionOf(reader, volume),
    volumeType: volumeType.state === 'absent' ? unknownAttr(volumeType.at, volumeType.property) : volumeType,
  };
}

/** `root_block_device` and `ebs_block_device` blocks of an instance or launch configuration. */
function instanceBlockDevices(reader: TfReader): EbsSettings[] {
  const root = reader.blocks(reader.get('root_block_device')).map((block) => blockDevice(reader, block, text(reader.field(block, 'device_name'))));
  const ebs = reader.blocks(reader.get('ebs_block_device')).map((block) => blockDevice(reader, block, text(reader.field(block, 'device_name'))));
  return [...root, ...ebs];
}

/**
 * `block_device_mappings { ebs { … } }` of a launch template; mappings without `ebs` (no device) or with a
 * `virtual_name` (instance store) are skipped.
 */
function templateBlockDevices(reader: TfReader): EbsSettings[] {
  return reader.blocks(reader.get('block_device_mappings')).flatMap((mapping) => {
    const ebs = reader.field(mapping, 'ebs');
    return ebs.value === undefined || reader.field(mapping, 'virtual_name').value !== undefined ? [] : [blockDevice(reader, reader.blocks(ebs)[0] ?? ebs, text(reader.field(mapping, 'device_name')))];
  });
}

/**
 * Windows images are recognisable by name: an SSM public parameter path (`/aws/service/ami-windows-latest/…`), or
 * an `aws_ami`/`aws_ssm_parameter` data source whose filters or name say Windows.
 */
function imagePlatformOf(reader: TfReader, links: Links<TfReader>, image: Cursor): ImagePlatform {
  const written = text(image);
  if (written.state === 'known') return /windows/i.test(written.value) ? 'windows' : undefined;
  const sources = dataSourcesIn(reader, image).flatMap((address) => links.reader(address)?.resource ?? []);
  return sources.some((source) => /windows/i.test(source.file.text.slice(source.start, source.end))) ? 'windows' : undefined;
}

function buildInstance(reader: TfReader, base: ResourceBase): Ec2Instance {
  return {
    ...base,
    kind: 'aws.ec2.instance',
    instanceType: text(reader.get('instance_type')),
    metadataHttpTokens: inBlock(text(reader.get('metadata_options', 'http_tokens')), 'metadata_options'),
    metadataEndpoint: text(reader.get('metadata_options', 'http_endpoint')),
    blockDevices: instanceBlockDevices(reader),
    encryptedByDefault: false,
    launchTemplate: reader.isSet('launch_template'),
    // Read in `link`, where data sources can be looked at.
    imagePlatform: undefined,
    fromLaunchTemplate: [],
    detailedMonitoring: bool(reader.get('monitoring')),
    tenancy: text(reader.get('tenancy')),
    terminationProtection: bool(reader.get('disable_api_termination')),
    spot: requestsSpot(reader),
    bootSecrets: tfBootSecrets(reader, ['user_data', 'user_data_base64']),
    associatePublicIp: writtenOnly(bool(reader.get('associate_public_ip_address'))),
  };
}

const writtenOnly = (attr: Attr<boolean>): Attr<boolean>[] => (attr.state === 'absent' ? [] : [attr]);

/** `instance_market_options` asks for Spot unless its `market_type` names another market (`capacity-block`). */
function requestsSpot(reader: TfReader): boolean {
  const market = reader.get('instance_market_options');
  const type = text(reader.field(market, 'market_type'));
  return market.value !== undefined && !(type.state === 'known' && type.value.toLowerCase() !== 'spot');
}

function buildLaunchTemplate(reader: TfReader, base: ResourceBase, legacyConfiguration: boolean): LaunchTemplate {
  const instanceType = text(reader.get('instance_type'));
  const byRequirements = reader.get('instance_requirements').value !== undefined;
  return {
    ...base,
    kind: 'aws.ec2.launch-template',
    legacyConfiguration,
    instanceType: instanceType.state === 'absent' && byRequirements ? unknownAttr(instanceType.at, instanceType.property) : instanceType,
    metadataHttpTokens: inBlock(text(reader.get('metadata_options', 'http_tokens')), 'metadata_options'),
    metadataEndpoint: text(reader.get('metadata_options', 'http_endpoint')),
    blockDevices: legacyConfiguration ? instanceBlockDevices(reader) : templateBlockDevices(reader),
    encryptedByDefault: false,
    imagePlatform: undefined,
    // A launch configuration spells these `enable_monitoring` (on by default) and `placement_tenancy`.
    detailedMonitoring: legacyConfiguration ? bool(reader.get('enable_monitoring')) : inBlock(bool(reader.get('monitoring', 'enabled')), 'monitoring'),
    tenancy: legacyConfiguration ? text(reader.get('placement_tenancy')) : text(reader.get('placement', 'tenancy')),
    terminationProtection: legacyConfiguration ? absent(reader.properties.at) : bool(reader.get('disable_api_termination')),
    spot: legacyConfiguration ? reader.get('spot_price').value !== undefined : requestsSpot(reader),
    bootSecrets: tfBootSecrets(reader, legacyConfiguration ? ['user_data', 'user_data_base64'] : ['user_data']),
    // A launch template writes it per \`network_interfaces\` block, as a string ("true").
    associatePublicIp: legacyConfiguration
      ? writtenOnly(bool(reader.get('associate_public_ip_address')))
      : reader.blocks(reader.get('network_interfaces')).flatMap((block) => writtenOnly(bool(reader.field(block, 'associate_public_ip_address')))),
  };
}

function buildVolume(reader: TfReader, base: ResourceBase): EbsVolume {
  return {
    ...base,
    kind: 'aws.ebs.volume',
    encrypted: encryptionOf(reader, reader.properties),
    // Absent means the service default (gp2 for a new volume), which the rules apply.
    volumeType: text(reader.get('type')),
    // Settled in `link`, once every resource that may attach it has been seen.
    attached: false,
  };
}

/**
 * A volume is attached when a volume attachment names it. Any other resource that mentions it (user data, a
 * module) may attach it where this check cannot follow, so the volume is then left undecided.
 */
function settleAttachment(reader: TfReader, links: Links<TfReader>): void {
  const volume = links.resource(reader.resource.address);
  if (volume?.kind !== 'aws.ebs.volume') return;
  for (const name of links.names()) {
    const other = links.reader(name);
    if (!other || name === volume.address || !mentions(other, other.properties, volume.address)) continue;
    const attaches = other.resource.type === 'aws_volume_attachment' && referencedResource(other.get('volume_id')) === volume.address;
    if (attaches) {
      volume.attached = true;
      return;
    }
    volume.attached = undefined;
  }
}

/** Every EBS volume and block device the model holds, wherever it is declared. */
function everyVolume(model: Model): EbsSettings[] {
  return [
    ...model.of('aws.ebs.volume'),
    ...model.of('aws.ec2.instance').flatMap((instance) => instance.blockDevices),
    ...model.of('aws.ec2.launch-template').flatMap((template) => template.blockDevices),
  ];
}

/** With encryption by default on, even a volume that asks for none is encrypted, if it is created after the setting. */
function applyEncryptionByDefault(reader: TfReader, links: Links<TfReader>): void {
  // `enabled` defaults to true.
  const enabled = bool(reader.get('enabled'));
  if (enabled.state === 'known' && !enabled.value) return;
  for (const launcher of [...links.model.of('aws.ec2.instance'), ...links.model.of('aws.ec2.launch-template')]) launcher.encryptedByDefault = true;
  for (const volume of everyVolume(links.model))
    if (volume.encrypted.state !== 'unknown' && !isKnown(volume.encrypted, true)) volume.encrypted = unknownAttr(volume.encrypted.at, volume.encrypted.property);
}

/** A regional IMDS default of `required` covers instances that leave HttpTokens out, if it is set before they launch. */
function applyMetadataDefaults(reader: TfReader, links: Links<TfReader>): void {
  // `optional` and `no-preference` (the same as leaving it out) change nothing the rules rely on.
  const tokens = text(reader.get('http_tokens'));
  if (tokens.state === 'absent' || (tokens.state === 'known' && tokens.value !== 'required')) return;
  const launchers = [...links.model.of('aws.ec2.instance'), ...links.model.of('aws.ec2.launch-template')];
  for (const launcher of launchers) if (launcher.metadataHttpTokens.state === 'absent') launcher.metadataHttpTokens = unknownAttr(launcher.metadataHttpTokens.at, launcher.metadataHttpTokens.property);
}

const imageKey: Record<string, string> = { aws_instance: 'ami', aws_launch_template: 'image_id', aws_launch_configuration: 'image_id' };

/** A launcher's image platform, read from its own resource (an instance may need its template's before the template's link). */
function platformOf(links: Links<TfReader>, launcher: Ec2Instance | LaunchTemplate): ImagePlatform {
  const reader = links.reader(launcher.address);
  return reader ? imagePlatformOf(reader, links, reader.get(imageKey[reader.resource.type] ?? '')) : undefined;
}

const ec2Instances: Mapper<TfReader> = {
  types: ['aws_instance', 'aws_launch_template', 'aws_launch_configuration', 'aws_ebs_volume', 'aws_ebs_encryption_by_default', 'aws_ec2_instance_metadata_defaults'],
  kinds: ['aws.ec2.instance', 'aws.ec2.launch-template', 'aws.ebs.volume'],

  build(reader, base) {
    switch (reader.resource.type) {
      case 'aws_instance':
        return buildInstance(reader, base);
      case 'aws_launch_template':
        return buildLaunchTemplate(reader, base, false);
      case 'aws_launch_configuration':
        return buildLaunchTemplate(reader, base, true);
      case 'aws_ebs_volume':
        return buildVolume(reader, base);
      default:
        return undefined;
    }
  },

  link(reader, links) {
    const type = reader.resource.type;
    if (type === 'aws_ebs_encryption_by_default') return applyEncryptionByDefault(reader, links);
    if (type === 'aws_ec2_instance_metadata_defaults') return applyMetadataDefaults(reader, links);
    if (type === 'aws_ebs_volume') return settleAttachment(reader, links);
    const launcher = links.resource(reader.resource.address);
    if (launcher?.kind === 'aws.ec2.launch-template') launcher.imagePlatform = platformOf(links, launcher);
    if (launcher?.kind !== 'aws.ec2.instance') return;
    launcher.imagePlatform = platformOf(links, launcher);
    const spec = reader.get('launch_template');
    if (spec.value === undefined) return;
    const template = launchTemplateOf(reader, links, spec);
    if (template) template.imagePlatform = platformOf(links, template);
    inheritFromLaunchTemplate(launcher, template, reader.get('ami').value !== undefined);
  },
};
export default ec2Instances;
