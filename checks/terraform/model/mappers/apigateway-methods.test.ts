import { beforeAll, describe, expect, it } from 'vitest';
import { loadParser } from '../../testing.ts';
import { resourcesOf, value, where } from './support/snippets.ts';

beforeAll(loadParser);

describe('API Gateway methods and routes', () => {
  it('reads the authorization and API key of REST methods', () => {
    const methods = resourcesOf(
      `resource "aws_api_gateway_method" "get" {
  rest_api_id   = "a1b2c3"
  resource_id   = "r1"
  http_method   = "get"
  authorization = "none"
}

resource "aws_api_gateway_method" "post" {
  rest_api_id      = "a1b2c3"
  resource_id      = "r1"
  http_method      = "POST"
  authorization    = "CUSTOM"
  authorizer_id    = "z9"
  api_key_required = true
}
`,
      'aws.apigateway.method',
    );
    const get = methods.get('aws_api_gateway_method.get')!;
    expect([value(get.httpMethod), where(get.authorizationType), value(get.apiKeyRequired), get.protocol]).toEqual(['GET', { value: 'NONE', line: 5, property: 'authorization' }, 'absent', 'REST']);
    const post = methods.get('aws_api_gateway_method.post')!;
    expect([value(post.authorizationType), value(post.apiKeyRequired)]).toEqual(['CUSTOM', true]);
  });

  it('reads route verbs and the protocol of the API a route belongs to', () => {
    const routes = resourcesOf(
      `resource "aws_apigatewayv2_api" "http" {
  name          = "orders"
  protocol_type = "HTTP"
}

resource "aws_apigatewayv2_route" "list" {
  api_id    = aws_apigatewayv2_api.http.id
  route_key = "GET /orders"
}

resource "aws_apigatewayv2_route" "connect" {
  api_id             = "elsewhere"
  route_key          = "$connect"
  authorization_type = "AWS_IAM"
}
`,
      'aws.apigateway.method',
    );
    const list = routes.get('aws_apigatewayv2_route.list')!;
    expect([value(list.httpMethod), where(list.authorizationType), list.protocol]).toEqual(['GET', { value: 'absent', line: 6, property: 'authorization_type' }, 'HTTP']);
    const connect = routes.get('aws_apigatewayv2_route.connect')!;
    expect([value(connect.httpMethod), value(connect.authorizationType), connect.protocol]).toEqual(['$connect', 'AWS_IAM', undefined]);
  });
});

describe('private REST APIs', () => {
  it('marks methods of an API whose only endpoint type is PRIVATE', () => {
    const methods = resourcesOf(
      `resource "aws_api_gateway_rest_api" "internal" {
  name = "internal"
  endpoint_configuration {
    types = ["PRIVATE"]
  }
}

resource "aws_api_gateway_method" "internal" {
  rest_api_id   = aws_api_gateway_rest_api.internal.id
  resource_id   = aws_api_gateway_rest_api.internal.root_resource_id
  http_method   = "GET"
  authorization = "NONE"
}

resource "aws_api_gateway_method" "elsewhere" {
  rest_api_id   = "a1b2c3"
  resource_id   = "r1"
  http_method   = "GET"
  authorization = "NONE"
}
`,
      'aws.apigateway.method',
    );
    expect([methods.get('aws_api_gateway_method.internal')!.privateApi, methods.get('aws_api_gateway_method.elsewhere')!.privateApi]).toEqual([true, false]);
  });
});
