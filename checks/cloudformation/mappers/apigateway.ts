/**
 * API Gateway stages: REST stages (`AWS::ApiGateway::Stage`, and the stage a deployment creates when it names
 * one), HTTP and WebSocket stages (`AWS::ApiGatewayV2::Stage`), and the stages SAM's `AWS::Serverless::Api`
 * and `AWS::Serverless::HttpApi` create, with SAM `Globals.Api` / `Globals.HttpApi` defaults applied, and those of
 * the implicit APIs SAM creates for function events that name no API (`ServerlessRestApi`, `ServerlessHttpApi`).
 */
import type { ApiStage } from '../../model/aws/network.ts';
import type { Attr, ResourceBase } from '../../model/types.ts';
import type { CfnMapper, Links } from '../mapper.ts';
import { bool, type Cursor, type ResourceReader } from '../read.ts';
import { presence } from './support/presence.ts';
import { implicitApiName, samApiEvents, samApiType, type SamApiEvent } from './support/sam-api-events.ts';
import { samGlobals, samProperty } from './support/sam-globals.ts';

/** Access logs flow when the settings block names a destination. */
function logDestination(reader: ResourceReader, settings: Cursor): Attr<boolean> {
  const block = presence(settings);
  if (block.state !== 'known') return block;
  return presence(reader.field(settings, 'DestinationArn'));
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

/**
 * A setting of an implicit API: SAM creates it with nothing but `Globals` applied, so the setting comes from there
 * or is absent at the event that created the API, where a reader would look for it.
 */
function implicitSetting(reader: ResourceReader, globals: Cursor | undefined, key: string, event: SamApiEvent): Cursor {
  const shared = globals ? reader.field(globals, key) : undefined;
  return shared?.value !== undefined ? shared : { value: undefined, at: event.at, property: key, tree: reader.tree };
}

/** The implicit API's stage, added by the first function event that needs it (`Prod`, or `$default` for HTTP APIs). */
function addImplicitStage(reader: ResourceReader, links: Links, event: SamApiEvent): void {
  const name = implicitApiName[event.type];
  if (links.resource(name) || links.model.of('aws.apigateway.stage').some((existing) => existing.name === name)) return;
  const sourceType = samApiType[event.type];
  const base: ResourceBase = { ...links.base(reader.resource.logicalId), name, sourceType, address: `${sourceType}.${name}`, at: event.at };
  const implicitStageName = event.type === 'Api' ? 'Prod' : '$default';
  if (event.type === 'Api') {
    const globals = samGlobals(reader, 'Api');
    const tracing = bool(implicitSetting(reader, globals, 'TracingEnabled', event));
    links.model.add({ ...stage(base, tracing, logDestination(reader, implicitSetting(reader, globals, 'AccessLogSetting', event))), implicitStageName });
  } else {
    const settings = implicitSetting(reader, samGlobals(reader, 'HttpApi'), 'AccessLogSettings', event);
    links.model.add({ ...stage(base, undefined, logDestination(reader, settings)), implicitStageName });
  }
}

const apigateway: CfnMapper = {
  types: ['AWS::ApiGateway::Stage', 'AWS::ApiGateway::Deployment', 'AWS::ApiGatewayV2::Stage', 'AWS::Serverless::Api', 'AWS::Serverless::HttpApi', 'AWS::Serverless::Function'],
  kinds: ['aws.apigateway.stage'],
  build: buildStage,

  link(reader, links) {
    for (const event of samApiEvents(reader)) if (!event.explicit) addImplicitStage(reader, links, event);
  },
};
export default apigateway;
