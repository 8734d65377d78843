import type { ApiMethod } from '../../../../model/aws/network.ts';
import { effective } from '../../../../model/types.ts';
import { propertyName } from '../../../message.ts';
import { defineRule } from '../../../rule.ts';

/** Verbs callers send to a method; OPTIONS is left out: it answers CORS preflight, which browsers send without credentials. */
const callerVerbs = new Set(['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'ANY']);

/**
 * The verb of a method or route that takes calls an authorizer could guard: REST methods and HTTP API routes other
 * than OPTIONS, an HTTP API's `$default` route, and a WebSocket API's `$connect` route (the only WebSocket route an
 * authorizer can be attached to). A verb computed at deploy time could be OPTIONS: it is not reported.
 */
function guardedVerb(method: ApiMethod): string | undefined {
  if (method.httpMethod.state !== 'known') return undefined;
  const verb = method.httpMethod.value;
  if (callerVerbs.has(verb) || verb === '$connect') return verb;
  return verb === '$default' && method.protocol === 'HTTP' ? verb : undefined;
}

export default defineRule({
  id: 'AWS-APIGW-AUTHORIZATION',
  title: 'API Gateway methods require authorization or an API key',
  problem: 'API Gateway method can be called by anyone',
  pillar: 'security',
  severity: 'high',
  rationale:
    'API Gateway runs a method or route for every caller unless it names an authorizer (IAM, a Lambda authorizer, a Cognito user pool or a JWT authorizer) or requires an API key; the authorization type defaults to NONE, and a SAM event takes NONE unless the event or its API names a default authorizer. An API key only identifies a caller for usage plans and is no substitute for an authorizer, but it does stop anonymous calls. Some endpoints are public on purpose (a webhook that checks its own signature, a public read API): suppress the finding with that reason; OPTIONS methods for CORS preflight and methods of private REST APIs (reachable only through VPC endpoints) are not reported.',
  guide: 'least-privilege-iam',
  reads: ['aws.apigateway.method'],
  messages: {
    notSet:
      'API method {method} of {resource} does not set {property}, so it takes NONE and requires no API key: anyone who can reach the API can call it. If it is public on purpose, suppress this finding with the reason',
    none: '{property} is `NONE` on API method {method} of {resource} and no API key is required: anyone who can reach the API can call it. If it is public on purpose, suppress this finding with the reason',
  },
  fix: {
    cloudformation: `Type: AWS::ApiGateway::Method
Properties:
  RestApiId: !Ref Api
  ResourceId: !Ref OrdersResource
  HttpMethod: GET
  AuthorizationType: COGNITO_USER_POOLS
  AuthorizerId: !Ref UsersAuthorizer
  Integration:
    Type: AWS_PROXY
    IntegrationHttpMethod: POST
    Uri: !Sub arn:aws:apigateway:\${AWS::Region}:lambda:path/2015-03-31/functions/\${OrdersFunction.Arn}/invocations`,
    terraform: `resource "aws_api_gateway_method" "get_orders" {
  rest_api_id   = aws_api_gateway_rest_api.this.id
  resource_id   = aws_api_gateway_resource.orders.id
  http_method   = "GET"
  authorization = "COGNITO_USER_POOLS"
  authorizer_id = aws_api_gateway_authorizer.users.id
}`,
  },
  equivalents: {
    checkov: ['CKV_AWS_59', 'CKV_AWS_309'],
    trivy: ['AVD-AWS-0004'],
    kics: ['15ccec05-5476-4890-ad19-53991eba1db8', '1056dfbb-5802-4762-bf2b-8b9b9684b1b0'],
    cfn_nag: ['W59'],
  },

  check(model, report) {
    for (const method of model.of('aws.apigateway.method')) {
      const verb = guardedVerb(method);
      // A private REST API answers only through interface VPC endpoints its resource policy admits.
      if (verb === undefined || method.privateApi || effective(method.authorizationType, 'NONE') !== 'NONE') continue;
      if (method.apiKeyRequired && effective(method.apiKeyRequired, false) !== false) continue;
      const auth = method.authorizationType;
      report(method, auth.at, auth.state === 'absent' ? 'notSet' : 'none', { method: verb, resource: method.name, property: propertyName(auth, 'AuthorizationType') });
    }
  },
});
