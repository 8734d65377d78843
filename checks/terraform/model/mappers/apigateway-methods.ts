/**
 * API methods and routes and who may call them: REST methods (`aws_api_gateway_method`) and HTTP or WebSocket
 * routes (`aws_apigatewayv2_route`, with the protocol of the `aws_apigatewayv2_api` it belongs to).
 */
import type { ApiMethod } from '../../../model/aws/network.ts';
import type { ResourceBase } from '../../../model/types.ts';
import { apiMethod as method, apiProtocol, onlyPrivateEndpoint, routeVerb } from '../../../read/aws/api-methods.ts';
import type { Mapper } from '../../../read/build.ts';
import { bool, referencedResource, text, textList, upperCased } from '../../../read/convert.ts';
import type { TfReader } from '../reader.ts';

function build(reader: TfReader, base: ResourceBase): ApiMethod | undefined {
  switch (reader.resource.type) {
    case 'aws_api_gateway_method':
      return method(base, {
        httpMethod: upperCased(text(reader.get('http_method'))),
        authorizationType: upperCased(text(reader.get('authorization'))),
        apiKeyRequired: bool(reader.get('api_key_required')),
        protocol: 'REST',
        // The REST API's endpoint type, once every resource is read (see `link`).
        privateApi: false,
      });
    case 'aws_apigatewayv2_route':
      return method(base, {
        httpMethod: routeVerb(text(reader.get('route_key'))),
        authorizationType: upperCased(text(reader.get('authorization_type'))),
        apiKeyRequired: bool(reader.get('api_key_required')),
        // The API's protocol_type, once every resource is read (see `link`).
        protocol: undefined,
        privateApi: false,
      });
    default:
      return undefined;
  }
}

const methods: Mapper<TfReader> = {
  types: ['aws_api_gateway_method', 'aws_apigatewayv2_route'],
  kinds: ['aws.apigateway.method'],
  build,

  link(reader, links) {
    if (reader.resource.type === 'aws_api_gateway_method') {
      const built = links.resource(reader.resource.address);
      const apiAddress = referencedResource(reader.get('rest_api_id'));
      const api = apiAddress === undefined ? undefined : links.reader(apiAddress);
      if (built?.kind === 'aws.apigateway.method' && api?.resource.type === 'aws_api_gateway_rest_api') {
        built.privateApi = onlyPrivateEndpoint(textList(api.get('endpoint_configuration', 'types')));
      }
      return;
    }
    if (reader.resource.type !== 'aws_apigatewayv2_route') return;
    const route = links.resource(reader.resource.address);
    const apiAddress = referencedResource(reader.get('api_id'));
    const api = apiAddress === undefined ? undefined : links.reader(apiAddress);
    if (route?.kind === 'aws.apigateway.method' && api?.resource.type === 'aws_apigatewayv2_api') route.protocol = apiProtocol(text(api.get('protocol_type')));
  },
};
export default methods;
