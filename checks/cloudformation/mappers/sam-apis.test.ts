// SAM implicit APIs and the methods function events add: stages with Globals applied, authorizers resolved per event.
import { describe, expect, it } from 'vitest';
import { cloudFormation } from '../../formats/cloudformation.ts';
import type { Attr } from '../../model/types.ts';
import { positionAt } from '../../source/file.ts';
import { buildModel } from '../build.ts';
import { scenariosOf } from '../scenarios.ts';

function modelOf(body: string) {
  const text = `AWSTemplateFormatVersion: "2010-09-09"\nTransform: AWS::Serverless-2016-10-31\n${body}`;
  const read = cloudFormation.read('t.yaml', text);
  if (read.kind !== 'source') throw new Error(JSON.stringify(read));
  const params = new Map<string, string>();
  return buildModel({ template: read.source, params, conditions: scenariosOf(read.source, params)[0]!.conditions }, () => []);
}

const where = <T>(attr: Attr<T> | undefined) => attr && { value: attr.state === 'known' ? attr.value : attr.state, line: positionAt(attr.at.file, attr.at.start).line, property: attr.property };

const functionWith = (events: string) => `  Fn:
    Type: AWS::Serverless::Function
    Properties:
      Runtime: python3.12
      Handler: app.handler
      CodeUri: src/
      Events:
${events}`;

describe('SAM implicit APIs', () => {
  it('adds ServerlessRestApi (stage Prod) and ServerlessHttpApi (stage $default) with Globals applied', () => {
    const model = modelOf(`Globals:
  Api:
    TracingEnabled: true
  HttpApi:
    AccessLogSettings:
      DestinationArn: arn:aws:logs:eu-west-1:123456789012:log-group:http
Resources:
${functionWith(`        List:
          Type: Api
          Properties:
            Path: /orders
            Method: get
        Hook:
          Type: HttpApi
          Properties:
            Path: /hook
            Method: post
        Again:
          Type: Api
          Properties:
            Path: /orders/{id}
            Method: get
`)}`);
    const stages = new Map(model.of('aws.apigateway.stage').map((stage) => [stage.name, stage]));
    expect([...stages.keys()]).toEqual(['ServerlessRestApi', 'ServerlessHttpApi']);
    const rest = stages.get('ServerlessRestApi')!;
    expect(rest.implicitStageName).toBe('Prod');
    expect(rest.address).toBe('AWS::Serverless::Api.ServerlessRestApi');
    expect(where(rest.tracing)).toEqual({ value: true, line: 5, property: 'TracingEnabled' });
    // Not set anywhere: absent at the first event's `Type: Api`.
    expect(where(rest.accessLogging)).toEqual({ value: 'absent', line: 18, property: undefined });
    const http = stages.get('ServerlessHttpApi')!;
    expect(http.implicitStageName).toBe('$default');
    expect(http.tracing).toBeUndefined();
    expect(http.accessLogging.state).toBe('known');
  });

  it('adds no implicit API for events that name their API', () => {
    const model = modelOf(`Resources:
  Orders:
    Type: AWS::Serverless::Api
    Properties:
      StageName: prod
${functionWith(`        List:
          Type: Api
          Properties:
            RestApiId: !Ref Orders
            Path: /orders
            Method: get
`)}`);
    expect(model.of('aws.apigateway.stage').map((stage) => stage.name)).toEqual(['Orders']);
  });
});

describe('methods of SAM function events', () => {
  it('resolves each event authorizer: its own, the API default, NONE overriding it, and none at all', () => {
    const model = modelOf(`Globals:
  HttpApi:
    Auth:
      DefaultAuthorizer: Jwt
      Authorizers:
        Jwt:
          JwtConfiguration:
            issuer: https://example.com
          IdentitySource: $request.header.Authorization
Resources:
  Orders:
    Type: AWS::Serverless::Api
    Properties:
      StageName: prod
      Auth:
        DefaultAuthorizer: Users
        ApiKeyRequired: true
        Authorizers:
          Users:
            UserPoolArn: arn:aws:cognito-idp:eu-west-1:123456789012:userpool/eu-west-1_abc
          Tokens:
            FunctionArn: arn:aws:lambda:eu-west-1:123456789012:function:auth
${functionWith(`        ByDefault:
          Type: Api
          Properties:
            RestApiId: !Ref Orders
            Path: /a
            Method: get
        Token:
          Type: Api
          Properties:
            RestApiId: !Ref Orders
            Path: /b
            Method: post
            Auth:
              Authorizer: Tokens
              ApiKeyRequired: false
        Open:
          Type: Api
          Properties:
            Path: /c
            Method: any
        Http:
          Type: HttpApi
          Properties:
            Path: /d
            Method: get
        HttpOpen:
          Type: HttpApi
          Properties:
            Auth:
              Authorizer: NONE
`)}`);
    const methods = model.of('aws.apigateway.method').map((method) => ({
      method: where(method.httpMethod)?.value,
      authorization: where(method.authorizationType),
      apiKey: where(method.apiKeyRequired)?.value,
      protocol: method.protocol,
    }));
    expect(methods).toEqual([
      { method: 'GET', authorization: { value: 'COGNITO_USER_POOLS', line: 18, property: 'Authorizer' }, apiKey: true, protocol: 'REST' },
      { method: 'POST', authorization: { value: 'CUSTOM', line: 45, property: 'Authorizer' }, apiKey: false, protocol: 'REST' },
      { method: 'ANY', authorization: { value: 'absent', line: 48, property: 'Authorizer' }, apiKey: 'absent', protocol: 'REST' },
      { method: 'GET', authorization: { value: 'JWT', line: 6, property: 'Authorizer' }, apiKey: undefined, protocol: 'HTTP' },
      { method: '$default', authorization: { value: 'NONE', line: 61, property: 'Authorizer' }, apiKey: undefined, protocol: 'HTTP' },
    ]);
  });

  it('leaves authorization unknown when an OpenAPI document may set it', () => {
    const model = modelOf(`Resources:
  Orders:
    Type: AWS::Serverless::Api
    Properties:
      StageName: prod
      DefinitionUri: openapi.yaml
${functionWith(`        List:
          Type: Api
          Properties:
            RestApiId: !Ref Orders
            Path: /orders
            Method: get
`)}`);
    const [method] = model.of('aws.apigateway.method');
    expect([method!.authorizationType.state, method!.apiKeyRequired?.state]).toEqual(['unknown', 'unknown']);
  });
});

describe('HTTP and WebSocket routes', () => {
  it('reads the route verb and the protocol of the API the route belongs to', () => {
    const model = modelOf(`Resources:
  Chat:
    Type: AWS::ApiGatewayV2::Api
    Properties:
      Name: chat
      ProtocolType: WEBSOCKET
      RouteSelectionExpression: $request.body.action
  Connect:
    Type: AWS::ApiGatewayV2::Route
    Properties:
      ApiId: !Ref Chat
      RouteKey: $connect
  Orders:
    Type: AWS::ApiGatewayV2::Route
    Properties:
      ApiId: elsewhere
      RouteKey: get /orders
      AuthorizationType: JWT
`);
    const routes = model.of('aws.apigateway.method').map((route) => [route.name, where(route.httpMethod)?.value, where(route.authorizationType)?.value, route.protocol]);
    expect(routes).toEqual([
      ['Connect', '$connect', 'absent', 'WEBSOCKET'],
      ['Orders', 'GET', 'JWT', undefined],
    ]);
  });
});

describe('private REST APIs', () => {
  it('marks methods of an API whose only endpoint type is PRIVATE, explicit or SAM (own or Globals.Api)', () => {
    const model = modelOf(`Globals:
  Api:
    EndpointConfiguration: PRIVATE
Resources:
  Internal:
    Type: AWS::ApiGateway::RestApi
    Properties:
      Name: internal
      EndpointConfiguration:
        Types: [PRIVATE]
  Public:
    Type: AWS::ApiGateway::RestApi
    Properties:
      Name: public
      EndpointConfiguration:
        Types: [EDGE]
  InternalGet:
    Type: AWS::ApiGateway::Method
    Properties:
      RestApiId: !Ref Internal
      ResourceId: !GetAtt Internal.RootResourceId
      HttpMethod: GET
  PublicGet:
    Type: AWS::ApiGateway::Method
    Properties:
      RestApiId: !Ref Public
      ResourceId: !GetAtt Public.RootResourceId
      HttpMethod: GET
  Regional:
    Type: AWS::Serverless::Api
    Properties:
      StageName: prod
      EndpointConfiguration:
        Type: REGIONAL
${functionWith(`        Implicit:
          Type: Api
          Properties:
            Path: /a
            Method: get
        Own:
          Type: Api
          Properties:
            RestApiId: !Ref Regional
            Path: /b
            Method: get
`)}`);
    expect(model.of('aws.apigateway.method').map((method) => method.privateApi)).toEqual([true, false, true, false]);
  });
});
