/**
 * API methods and routes and who may call them: REST methods (`AWS::ApiGateway::Method`), HTTP and WebSocket routes
 * (`AWS::ApiGatewayV2::Route`), and the methods SAM function events add to their API, with the authorizer the event
 * names or the API's default (its own `Auth`, merged with `Globals.Api` / `Globals.HttpApi`).
 */
import type { ApiMethod } from '../../model/aws/network.ts';
import { absent, known, unknownAttr, type Attr, type ResourceBase } from '../../model/types.ts';
import { apiMethod as method, apiProtocol, onlyPrivateEndpoint, routeVerb } from '../../read/aws/api-methods.ts';
import type { CfnMapper, Links } from '../mapper.ts';
import { bool, referencedResource, text, textList, upperCased, type Cursor, type ResourceReader } from '../read.ts';
import { samApiEvents, samApiType, type SamApiEvent } from './support/sam-api-events.ts';
import { samGlobals, samMergedField, samProperty } from './support/sam-globals.ts';

function build(reader: ResourceReader, base: ResourceBase): ApiMethod | undefined {
  switch (reader.resource.type) {
    case 'AWS::ApiGateway::Method':
      return method(base, {
        httpMethod: upperCased(text(reader.get('HttpMethod'))),
        authorizationType: upperCased(text(reader.get('AuthorizationType'))),
        apiKeyRequired: bool(reader.get('ApiKeyRequired')),
        protocol: 'REST',
        // The RestApi's endpoint type, once every resource is read (see `link`).
        privateApi: false,
      });
    case 'AWS::ApiGatewayV2::Route':
      return method(base, {
        httpMethod: routeVerb(text(reader.get('RouteKey'))),
        authorizationType: upperCased(text(reader.get('AuthorizationType'))),
        apiKeyRequired: bool(reader.get('ApiKeyRequired')),
        // The API's ProtocolType, once every resource is read (see `link`).
        protocol: undefined,
        privateApi: false,
      });
    default:
      return undefined;
  }
}

/** What an authorizer named in SAM `Auth` stands for: its definition under the API's `Auth.Authorizers` says. */
function authorizerType(reader: ResourceReader, definition: Cursor): string | undefined {
  if (reader.field(definition, 'UserPoolArn').value !== undefined) return 'COGNITO_USER_POOLS';
  if (reader.field(definition, 'JwtConfiguration').value !== undefined) return 'JWT';
  if (reader.field(definition, 'FunctionArn').value !== undefined) return 'CUSTOM';
  return undefined;
}

/** One function event's method, authorized as the event says, else as its API's default authorizer says. */
function samMethod(reader: ResourceReader, links: Links, event: SamApiEvent): ApiMethod {
  const rest = event.type === 'Api';
  const apiReader = event.api === undefined ? undefined : links.reader(event.api);
  const api = apiReader?.resource.type === samApiType[event.type] ? apiReader : undefined;
  // An API described by an OpenAPI document may authorize the path there, out of sight.
  const documented = api !== undefined && (api.get('DefinitionBody').value !== undefined || api.get('DefinitionUri').value !== undefined);
  const unseen = (event.explicit && api === undefined) || documented;
  const apiAuth: Cursor = api ? api.get('Auth') : { value: undefined, at: event.at, tree: reader.tree };
  const globals = samGlobals(reader, rest ? 'Api' : 'HttpApi');
  const globalAuth = globals ? reader.field(globals, 'Auth') : undefined;
  const eventAuth = reader.field(event.properties, 'Auth');

  const own = reader.field(eventAuth, 'Authorizer');
  const chosen = own.value !== undefined ? own : samMergedField(reader, apiAuth, globalAuth, 'DefaultAuthorizer');
  const authorizationType = ((): Attr<string> => {
    if (chosen.value === undefined) return unseen ? unknownAttr(event.at, 'Authorizer') : absent(event.at, 'Authorizer');
    const name = text(chosen);
    if (name.state !== 'known') return name;
    if (name.value === 'NONE') return unseen ? unknownAttr(chosen.at, 'Authorizer') : known('NONE', chosen.at, 'Authorizer');
    if (name.value === 'AWS_IAM') return known('AWS_IAM', chosen.at, 'Authorizer');
    const type = authorizerType(reader, reader.field(samMergedField(reader, apiAuth, globalAuth, 'Authorizers'), name.value));
    return type ? known(type, chosen.at, 'Authorizer') : unknownAttr(chosen.at, 'Authorizer');
  })();

  const keyOwn = reader.field(eventAuth, 'ApiKeyRequired');
  const key = keyOwn.value !== undefined ? keyOwn : samMergedField(reader, apiAuth, globalAuth, 'ApiKeyRequired');
  const apiKeyRequired = ((): Attr<boolean> | undefined => {
    if (!rest) return undefined;
    if (key.value === undefined) return unseen ? unknownAttr(event.at, 'ApiKeyRequired') : absent(event.at, 'ApiKeyRequired');
    return bool(key);
  })();

  // `EndpointConfiguration` is `PRIVATE` or `{ Type: PRIVATE }`, on the API or in `Globals.Api`.
  const endpoint = api ? samProperty(api, globals, 'EndpointConfiguration') : globals ? reader.field(globals, 'EndpointConfiguration') : undefined;
  const endpointType = endpoint && (endpoint.value?.kind === 'map' ? reader.field(endpoint, 'Type') : endpoint);
  const privateApi = rest && endpointType !== undefined && onlyPrivateEndpoint(textList(endpointType));

  const verb = upperCased(text(reader.field(event.properties, 'Method')));
  // An HttpApi event without a method is the API's `$default` route.
  const httpMethod = !rest && verb.state === 'absent' ? known('$default', event.at) : verb;
  return method({ ...links.base(reader.resource.logicalId), at: event.at }, { httpMethod, authorizationType, apiKeyRequired, protocol: rest ? 'REST' : 'HTTP', privateApi });
}

const methods: CfnMapper = {
  types: ['AWS::ApiGateway::Method', 'AWS::ApiGatewayV2::Route', 'AWS::Serverless::Function'],
  kinds: ['aws.apigateway.method'],
  build,

  link(reader, links) {
    if (reader.resource.type === 'AWS::ApiGateway::Method') {
      const built = links.resource(reader.resource.logicalId);
      const apiName = referencedResource(reader.get('RestApiId'));
      const api = apiName === undefined ? undefined : links.reader(apiName);
      if (built?.kind === 'aws.apigateway.method' && api?.resource.type === 'AWS::ApiGateway::RestApi') {
        built.privateApi = onlyPrivateEndpoint(textList(api.get('EndpointConfiguration', 'Types')));
      }
      return;
    }
    if (reader.resource.type === 'AWS::ApiGatewayV2::Route') {
      const route = links.resource(reader.resource.logicalId);
      const apiName = referencedResource(reader.get('ApiId'));
      const api = apiName === undefined ? undefined : links.reader(apiName);
      if (route?.kind === 'aws.apigateway.method' && api?.resource.type === 'AWS::ApiGatewayV2::Api') route.protocol = apiProtocol(text(api.get('ProtocolType')));
      return;
    }
    for (const event of samApiEvents(reader)) links.model.add(samMethod(reader, links, event));
  },
};
export default methods;
