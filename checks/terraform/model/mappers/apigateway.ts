/**
 * API Gateway stages: REST stages (`aws_api_gateway_stage`, and the stage an `aws_api_gateway_deployment` creates
 * when it names one, which provider 5 still allows) and HTTP or WebSocket stages (`aws_apigatewayv2_stage`).
 */
import type { ApiStage } from '../../../model/aws/network.ts';
import { absent, unknownAttr, type Attr, type ResourceBase } from '../../../model/types.ts';
import type { Links, Mapper } from '../../../read/build.ts';
import { bool, referencedResource, text } from '../../../read/convert.ts';
import type { Cursor, TfReader } from '../reader.ts';
import { presence } from './support/presence.ts';

/** Access logs flow when the settings block names a destination. */
function logDestination(reader: TfReader, settings: Cursor): Attr<boolean> {
  const block = presence(settings);
  if (block.state !== 'known') return block;
  return presence(reader.field(settings, 'destination_arn'));
}

const stage = (base: ResourceBase, tracing: Attr<boolean> | undefined, accessLogging: Attr<boolean>): ApiStage => ({
  ...base,
  kind: 'aws.apigateway.stage',
  tracing,
  accessLogging,
});

function buildStage(reader: TfReader, base: ResourceBase): ApiStage | undefined {
  switch (reader.resource.type) {
    case 'aws_api_gateway_stage':
      return stage(base, bool(reader.get('xray_tracing_enabled')), logDestination(reader, reader.get('access_log_settings')));
    case 'aws_api_gateway_deployment': {
      // Only a deployment that names a stage creates one, and it can set neither tracing nor access logs: a finding
      // names the arguments an `aws_api_gateway_stage` would set.
      const name = reader.get('stage_name');
      return name.value === undefined ? undefined : stage(base, absent(name.at, 'xray_tracing_enabled'), absent(name.at, 'access_log_settings'));
    }
    case 'aws_apigatewayv2_stage':
      return stage(base, undefined, logDestination(reader, reader.get('access_log_settings')));
    default:
      return undefined;
  }
}

/**
 * A stage resource with the same name as its deployment's stage manages that stage: the deployment's copy says
 * nothing of its own, so its settings become unknown and findings belong to the stage resource.
 */
function yieldToStageResource(reader: TfReader, links: Links<TfReader>): void {
  const deploymentAddress = referencedResource(reader.get('deployment_id')) ?? '';
  const deployment = links.resource(deploymentAddress);
  const deploymentReader = links.reader(deploymentAddress);
  if (deployment?.kind !== 'aws.apigateway.stage' || !deploymentReader) return;
  const own = text(reader.get('stage_name'));
  const theirs = text(deploymentReader.get('stage_name'));
  if (own.state === 'known' && theirs.state === 'known' && own.value !== theirs.value) return;
  deployment.accessLogging = unknownAttr(deployment.accessLogging.at, deployment.accessLogging.property);
  if (deployment.tracing) deployment.tracing = unknownAttr(deployment.tracing.at, deployment.tracing.property);
}

const apigateway: Mapper<TfReader> = {
  types: ['aws_api_gateway_stage', 'aws_api_gateway_deployment', 'aws_apigatewayv2_stage'],
  kinds: ['aws.apigateway.stage'],
  build: buildStage,

  link(reader, links) {
    if (reader.resource.type === 'aws_api_gateway_stage') yieldToStageResource(reader, links);
  },
};
export default apigateway;
