/**
 * API Gateway stages: REST stages (`AWS::ApiGateway::Stage`, and the stage a deployment creates when it names
 * one), HTTP and WebSocket stages (`AWS::ApiGatewayV2::Stage`), and the stages SAM's `AWS::Serverless::Api`
 * and `AWS::Serverless::HttpApi` create, with SAM `Globals.Api` / `Globals.HttpApi` defaults applied.
 */
import type { ApiStage } from '../../model/aws/network.ts';
import type { Attr, ResourceBase } from '../../model/types.ts';
import { entryOf } from '../../parse/tree.ts';
import { evaluate } from '../evaluate.ts';
import type { CfnMapper } from '../mapper.ts';
import { bool, type Cursor, type ResourceReader } from '../read.ts';
import { presence } from './support/presence.ts';

/** Access logs flow when the settings block names a destination. */
function logDestination(reader: ResourceReader, settings: Cursor): Attr<boolean> {
  const block = presence(settings);
  if (block.state !== 'known') return block;
  return presence(reader.field(settings, 'DestinationArn'));
}

/** One section of SAM's template-level `Globals` as a cursor, so its settings resolve and are pointed at. */
function samGlobals(reader: ResourceReader, section: 'Api' | 'HttpApi'): Cursor | undefined {
  const template = reader.ctx.template;
  const entry = template.globals ? entryOf(template.globals, section) : undefined;
  if (!entry || entry.value.kind !== 'map') return undefined;
  return {
    value: evaluate(entry.value, reader.ctx),
    at: { file: template.file, start: entry.keyStart, end: entry.value.end, pointer: `/Globals/${section}` },
    tree: reader.tree,
  };
}

/** A property of the resource, or the global default when the resource does not set it. */
function samProperty(reader: ResourceReader, globals: Cursor | undefined, key: string): Cursor {
  const own = reader.get(key);
  if (own.value !== undefined || !globals) return own;
  const shared = reader.field(globals, key);
  return shared.value !== undefined ? shared : own;
}

/** SAM merges a global settings map into the resource's, so the destination may come from either. */
function samLogDestination(reader: ResourceReader, globals: Cursor | undefined, key: string): Attr<boolean> {
  const own = logDestination(reader, reader.get(key));
  if (own.state !== 'absent' || !globals) return own;
  const shared = logDestination(reader, reader.field(globals, key));
  return shared.state === 'absent' ? own : shared;
}

const stage = (base: ResourceBase, tracing: Attr<boolean> | undefined, accessLogging: Attr<boolean>): ApiStage => ({
  ...base,
  kind: 'aws.apigateway.stage',
  tracing,
  accessLogging,
});

function buildStage(reader: ResourceReader, base: ResourceBase): ApiStage | undefined {
  switch (reader.resource.type) {
    case 'AWS::ApiGateway::Stage':
      return stage(base, bool(reader.get('TracingEnabled')), logDestination(reader, reader.get('AccessLogSetting')));
    case 'AWS::ApiGateway::Deployment': {
      // Only a deployment that names a stage creates one; its settings come from StageDescription.
      if (reader.get('StageName').value === undefined) return undefined;
      const description = reader.get('StageDescription');
      return stage(base, bool(reader.field(description, 'TracingEnabled')), logDestination(reader, reader.field(description, 'AccessLogSetting')));
    }
    case 'AWS::ApiGatewayV2::Stage':
      return stage(base, undefined, logDestination(reader, reader.get('AccessLogSettings')));
    case 'AWS::Serverless::Api': {
      const globals = samGlobals(reader, 'Api');
      return stage(base, bool(samProperty(reader, globals, 'TracingEnabled')), samLogDestination(reader, globals, 'AccessLogSetting'));
    }
    case 'AWS::Serverless::HttpApi':
      return stage(base, undefined, samLogDestination(reader, samGlobals(reader, 'HttpApi'), 'AccessLogSettings'));
    default:
      return undefined;
  }
}

const apigateway: CfnMapper = {
  types: ['AWS::ApiGateway::Stage', 'AWS::ApiGateway::Deployment', 'AWS::ApiGatewayV2::Stage', 'AWS::Serverless::Api', 'AWS::Serverless::HttpApi'],
  kinds: ['aws.apigateway.stage'],
  build: buildStage,
};
export default apigateway;
