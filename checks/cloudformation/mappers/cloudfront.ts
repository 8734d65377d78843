/**
 * CloudFront distributions: their cache behaviors, HTTP version and access logging, including standard
 * logging v2, where a CloudWatch Logs delivery source for the distribution feeds a delivery.
 */
import type { CloudFrontCacheBehavior, CloudFrontCustomOrigin, CloudFrontDistribution } from '../../model/aws/network.ts';
import { known, type Attr, type ResourceBase } from '../../model/types.ts';
import { valueOf } from '../../parse/tree.ts';
import { viewerCertificateOf } from '../../read/aws/cloudfront.ts';
import { knownText } from '../evaluate.ts';
import type { CfnMapper, Links } from '../mapper.ts';
import { bool, text, textList, type Cursor, type ResourceReader } from '../read.ts';
import { mentions } from './support/ec2-references.ts';
import { presence } from './support/presence.ts';
import { referencesIn } from './support/value-origin.ts';

const lowerCase = (attr: Attr<string>): Attr<string> => (attr.state === 'known' ? known(attr.value.toLowerCase(), attr.at, attr.property) : attr);

/**
 * `Compress` defaults to false. A cache policy does not change that: CloudFront compresses only when the
 * behavior's `Compress` and the policy's `EnableAcceptEncodingGzip`/`Brotli` are all true.
 */
function cacheBehavior(reader: ResourceReader, cursor: Cursor, isDefault: boolean): CloudFrontCacheBehavior {
  const field = (key: string) => reader.field(cursor, key);
  return {
    at: cursor.at,
    pathPattern: isDefault ? undefined : knownText(field('PathPattern').value),
    viewerProtocolPolicy: lowerCase(text(field('ViewerProtocolPolicy'))),
    compress: bool(field('Compress')),
    targetOriginId: knownText(field('TargetOriginId').value),
    forwardedHeaders: textList(reader.field(field('ForwardedValues'), 'Headers')),
    cachePolicyId: knownText(field('CachePolicyId').value),
  };
}

function customOrigins(reader: ResourceReader, config: Cursor): CloudFrontCustomOrigin[] {
  return reader.items(reader.field(config, 'Origins')).flatMap((origin) => {
    const custom = reader.field(origin, 'CustomOriginConfig');
    if (custom.value === undefined) return [];
    return [
      {
        at: origin.at,
        id: knownText(reader.field(origin, 'Id').value),
        protocolPolicy: lowerCase(text(reader.field(custom, 'OriginProtocolPolicy'))),
        sslProtocols: textList(reader.field(custom, 'OriginSSLProtocols')),
      },
    ];
  });
}

/** CloudFormation creates distributions with http1.1 when HttpVersion is left out (the console and API choose http2). */
const defaultHttpVersion = 'http1.1';

function httpVersionOf(reader: ResourceReader, config: Cursor): Attr<string> {
  const version = lowerCase(text(reader.field(config, 'HttpVersion')));
  return version.state === 'absent' ? known(defaultHttpVersion, version.at) : version;
}

function distribution(reader: ResourceReader, base: ResourceBase): CloudFrontDistribution {
  const config = reader.get('DistributionConfig');
  const defaultBehavior = reader.field(config, 'DefaultCacheBehavior');
  const certificate = reader.field(config, 'ViewerCertificate');
  const behaviors = [
    ...(defaultBehavior.value ? [cacheBehavior(reader, defaultBehavior, true)] : []),
    ...reader.items(reader.field(config, 'CacheBehaviors')).map((behavior) => cacheBehavior(reader, behavior, false)),
  ];
  return {
    ...base,
    kind: 'aws.cloudfront.distribution',
    behaviors,
    httpVersion: httpVersionOf(reader, config),
    defaultHttpVersion,
    logging: presence(reader.field(config, 'Logging')),
    viewerCertificate: viewerCertificateOf(certificate, (key) => reader.field(certificate, key), {
      block: 'ViewerCertificate',
      defaultCertificate: 'CloudFrontDefaultCertificate',
      customCertificates: ['AcmCertificateArn', 'IamCertificateId'],
      minimumProtocolVersion: 'MinimumProtocolVersion',
    }),
    customOrigins: customOrigins(reader, config),
    webAclId: text(reader.field(config, 'WebACLId')),
    // Filled in `link`, where every resource's address is known.
    origins: [],
  };
}

/** Resources of this stack the origins' domain names come from (`!GetAtt Alb.DNSName`, `!Sub ${Bucket}.s3…`). */
function originTargets(reader: ResourceReader, config: Cursor): string[] {
  const targets = reader.items(reader.field(config, 'Origins')).flatMap((origin) => {
    const domain = reader.field(origin, 'DomainName').value;
    if (!domain) return [];
    return domain.kind === 'ref' ? [domain.resource] : referencesIn(domain.node, reader.ctx.template).resources;
  });
  return [...new Set(targets)];
}

/** Whether an `AWS::Logs::Delivery` in the stack takes its logs from this delivery source. */
function isDelivered(reader: ResourceReader, sourceId: string): boolean {
  const { template, conditions } = reader.ctx;
  const sourceName = knownText(reader.get('Name').value);
  for (const resource of template.resources.values()) {
    if (resource.type !== 'AWS::Logs::Delivery' || !resource.properties) continue;
    if (resource.condition && conditions.get(resource.condition) === false) continue;
    const sourceNode = valueOf(resource.properties, 'DeliverySourceName');
    if (!sourceNode) continue;
    if (mentions(sourceNode, sourceId) || (sourceName !== undefined && sourceNode.kind === 'scalar' && sourceNode.text === sourceName)) return true;
  }
  return false;
}

/** Standard logging v2: a delivery source for the distribution's access logs, delivered somewhere. */
function linkDeliverySource(reader: ResourceReader, links: Links): void {
  const logType = text(reader.get('LogType'));
  const arn = reader.resource.properties ? valueOf(reader.resource.properties, 'ResourceArn') : undefined;
  if ((logType.state === 'known' && logType.value !== 'ACCESS_LOGS') || !arn) return;
  for (const candidate of links.model.of('aws.cloudfront.distribution')) {
    if (candidate.logging.state === 'known' || !mentions(arn, candidate.name)) continue;
    if (isDelivered(reader, reader.resource.logicalId)) candidate.logging = known(true, candidate.logging.at);
  }
}

/**
 * Functions of this stack a behavior runs as Lambda@Edge (on a viewer event, or any): `LambdaFunctionARN` names a version
 * (`!Ref FnVersion`, SAM's `!Ref Fn.Version`) or, through `!GetAtt`/`!Sub`, the function itself.
 */
function markEdgeFunctions(reader: ResourceReader, config: Cursor, links: Links): void {
  const template = reader.ctx.template;
  const behaviors = [reader.field(config, 'DefaultCacheBehavior'), ...reader.items(reader.field(config, 'CacheBehaviors'))];
  for (const behavior of behaviors) {
    for (const association of reader.items(reader.field(behavior, 'LambdaFunctionAssociations'))) {
      const arn = reader.field(association, 'LambdaFunctionARN').value;
      const event = text(reader.field(association, 'EventType'));
      if (!arn) continue;
      const viewer = !(event.state === 'known' && !event.value.startsWith('viewer-'));
      for (const id of referencesIn(arn.node, template).resources) {
        const referenced = template.resources.get(id);
        const isVersion = referenced?.type === 'AWS::Lambda::Version' || referenced?.type === 'AWS::Lambda::Alias';
        const functionNode = isVersion && referenced.properties ? valueOf(referenced.properties, 'FunctionName') : undefined;
        const functionIds = functionNode ? referencesIn(functionNode, template).resources : [id];
        for (const functionId of functionIds) {
          const fn = links.resource(functionId);
          if (fn?.kind !== 'aws.lambda.function') continue;
          fn.edgeTrigger = true;
          if (viewer) fn.edgeViewerTrigger = true;
        }
      }
    }
  }
}

const cloudfront: CfnMapper = {
  types: ['AWS::CloudFront::Distribution', 'AWS::Logs::DeliverySource'],
  kinds: ['aws.cloudfront.distribution'],

  build(reader, base) {
    return reader.resource.type === 'AWS::CloudFront::Distribution' ? distribution(reader, base) : undefined;
  },

  link(reader, links) {
    if (reader.resource.type === 'AWS::Logs::DeliverySource') linkDeliverySource(reader, links);
    const distribution = links.resource(reader.resource.logicalId);
    if (distribution?.kind !== 'aws.cloudfront.distribution') return;
    distribution.origins = originTargets(reader, reader.get('DistributionConfig')).map((id) => links.base(id).address);
    markEdgeFunctions(reader, reader.get('DistributionConfig'), links);
  },
};
export default cloudfront;
