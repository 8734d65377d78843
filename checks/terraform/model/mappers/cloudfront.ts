/**
 * `aws_cloudfront_distribution`: its cache behaviors, HTTP version and access logging, including standard logging
 * v2, where an `aws_cloudwatch_log_delivery` takes the access logs of an `aws_cloudwatch_log_delivery_source` that
 * names the distribution.
 */
import type { CloudFrontCacheBehavior, CloudFrontCustomOrigin, CloudFrontDistribution } from '../../../model/aws/network.ts';
import { known, valueOrUndefined, type Attr, type ResourceBase } from '../../../model/types.ts';
import { viewerCertificateOf } from '../../../read/aws/cloudfront.ts';
import type { Links, Mapper } from '../../../read/build.ts';
import { bool, referencedResource, text, textList } from '../../../read/convert.ts';
import type { Cursor, TfReader } from '../reader.ts';
import { mentionMatches, mentions, mentionsIn } from '../references.ts';
import { presence } from './support/presence.ts';

const lowerCase = (attr: Attr<string>): Attr<string> => (attr.state === 'known' ? known(attr.value.toLowerCase(), attr.at, attr.property) : attr);

/** `compress` defaults to false; a cache policy does not change that (CloudFront needs both to compress). */
function cacheBehavior(reader: TfReader, block: Cursor, isDefault: boolean): CloudFrontCacheBehavior {
  const pathPattern = text(reader.field(block, 'path_pattern'));
  return {
    at: block.at,
    pathPattern: isDefault || pathPattern.state !== 'known' ? undefined : pathPattern.value,
    viewerProtocolPolicy: lowerCase(text(reader.field(block, 'viewer_protocol_policy'))),
    compress: bool(reader.field(block, 'compress')),
    targetOriginId: valueOrUndefined(text(reader.field(block, 'target_origin_id'))),
    forwardedHeaders: textList(reader.field(reader.field(block, 'forwarded_values'), 'headers')),
    cachePolicyId: valueOrUndefined(text(reader.field(block, 'cache_policy_id'))),
  };
}

function customOrigins(reader: TfReader): CloudFrontCustomOrigin[] {
  return reader.blocks(reader.get('origin')).flatMap((origin) => {
    const custom = reader.field(origin, 'custom_origin_config');
    if (custom.value === undefined) return [];
    return [
      {
        at: origin.at,
        id: valueOrUndefined(text(reader.field(origin, 'origin_id'))),
        protocolPolicy: lowerCase(text(reader.field(custom, 'origin_protocol_policy'))),
        sslProtocols: textList(reader.field(custom, 'origin_ssl_protocols')),
      },
    ];
  });
}

/** The provider creates distributions with http2 when `http_version` is left out (CloudFormation's default is http1.1). */
const defaultHttpVersion = 'http2';

function httpVersionOf(reader: TfReader): Attr<string> {
  const version = lowerCase(text(reader.get('http_version')));
  return version.state === 'absent' ? known(defaultHttpVersion, version.at, version.property) : version;
}

function distribution(reader: TfReader, base: ResourceBase): CloudFrontDistribution {
  const defaultBehavior = reader.blocks(reader.get('default_cache_behavior'));
  const certificate = reader.get('viewer_certificate');
  return {
    ...base,
    kind: 'aws.cloudfront.distribution',
    behaviors: [...defaultBehavior.map((block) => cacheBehavior(reader, block, true)), ...reader.blocks(reader.get('ordered_cache_behavior')).map((block) => cacheBehavior(reader, block, false))],
    httpVersion: httpVersionOf(reader),
    defaultHttpVersion,
    logging: presence(reader.get('logging_config')),
    viewerCertificate: viewerCertificateOf(certificate, (key) => reader.field(certificate, key), {
      block: 'viewer_certificate',
      defaultCertificate: 'cloudfront_default_certificate',
      customCertificates: ['acm_certificate_arn', 'iam_certificate_id'],
      minimumProtocolVersion: 'minimum_protocol_version',
    }),
    customOrigins: customOrigins(reader),
    webAclId: text(reader.get('web_acl_id')),
    // Resources the origins' domain names come from (`aws_lb.web.dns_name`, `"${aws_s3_bucket.site.id}.s3…"`).
    origins: [...new Set(reader.blocks(reader.get('origin')).flatMap((origin) => mentionsIn(reader, reader.field(origin, 'domain_name')).map((mention) => mention.address)))],
  };
}

/** Standard logging v2: a delivery of a delivery source whose `resource_arn` names the distribution's access logs. */
function linkDelivery(reader: TfReader, links: Links<TfReader>): void {
  const source = links.reader(referencedResource(reader.get('delivery_source_name')) ?? '');
  if (source?.resource.type !== 'aws_cloudwatch_log_delivery_source') return;
  const logType = text(source.get('log_type'));
  if (logType.state === 'known' && logType.value !== 'ACCESS_LOGS') return;
  for (const candidate of links.model.of('aws.cloudfront.distribution'))
    if (candidate.logging.state !== 'known' && mentions(source, source.get('resource_arn'), candidate.address)) candidate.logging = known(true, candidate.logging.at, candidate.logging.property);
}

/**
 * Functions a behavior runs as Lambda@Edge (`lambda_arn = aws_lambda_function.edge.qualified_arn`), on any event and on a
 * viewer event, where 128 MB is the most a function may have. An association whose event is not known counts as viewer.
 */
function markEdgeFunctions(reader: TfReader, links: Links<TfReader>): void {
  const behaviors = [...reader.blocks(reader.get('default_cache_behavior')), ...reader.blocks(reader.get('ordered_cache_behavior'))];
  const functions = links.model.of('aws.lambda.function');
  for (const association of behaviors.flatMap((behavior) => reader.blocks(reader.field(behavior, 'lambda_function_association')))) {
    const event = text(reader.field(association, 'event_type'));
    const viewer = !(event.state === 'known' && !event.value.startsWith('viewer-'));
    for (const mention of mentionsIn(reader, reader.field(association, 'lambda_arn')))
      for (const fn of functions) {
        if (!mentionMatches(mention, fn.address)) continue;
        fn.edgeTrigger = true;
        if (viewer) fn.edgeViewerTrigger = true;
      }
  }
}

const cloudfront: Mapper<TfReader> = {
  types: ['aws_cloudfront_distribution', 'aws_cloudwatch_log_delivery'],
  kinds: ['aws.cloudfront.distribution'],

  build(reader, base) {
    return reader.resource.type === 'aws_cloudfront_distribution' ? distribution(reader, base) : undefined;
  },

  link(reader, links) {
    if (reader.resource.type === 'aws_cloudwatch_log_delivery') linkDelivery(reader, links);
    else markEdgeFunctions(reader, links);
  },
};
export default cloudfront;
