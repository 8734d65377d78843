/** API Gateway method and route readings CloudFormation and Terraform spell alike. */
import type { ApiMethod } from '../../model/aws/network.ts';
import { known, type Attr, type ResourceBase } from '../../model/types.ts';

/** The verb of an HTTP API route key (`GET /orders` → `GET`); a key without one (`$default`, `$connect`) as written. */
export function routeVerb(routeKey: Attr<string>): Attr<string> {
  if (routeKey.state !== 'known') return routeKey;
  const space = routeKey.value.indexOf(' ');
  return space < 0 ? routeKey : known(routeKey.value.slice(0, space).toUpperCase(), routeKey.at, routeKey.property);
}

/** An HTTP or WebSocket API's protocol type, when known. */
export function apiProtocol(protocolType: Attr<string>): ApiMethod['protocol'] {
  if (protocolType.state !== 'known') return undefined;
  const value = protocolType.value.toUpperCase();
  return value === 'HTTP' || value === 'WEBSOCKET' ? value : undefined;
}

/** A method or route resource from its identity and readings. */
export const apiMethod = (base: ResourceBase, fields: Omit<ApiMethod, keyof ResourceBase | 'kind'>): ApiMethod => ({ ...base, kind: 'aws.apigateway.method', ...fields });

/** A REST API whose endpoint types (`EndpointConfiguration.Types`, `endpoint_configuration.types`) are `PRIVATE` alone. */
export function onlyPrivateEndpoint(types: Attr<string[]>): boolean {
  return types.state === 'known' && types.value.length > 0 && types.value.every((type) => type.toUpperCase() === 'PRIVATE');
}
