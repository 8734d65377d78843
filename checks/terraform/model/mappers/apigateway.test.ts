import { beforeAll, describe, expect, it } from 'vitest';
import { loadParser } from '../../testing.ts';
import { resourcesOf, value, where } from './support/snippets.ts';

beforeAll(loadParser);

describe('API Gateway stages', () => {
  it('reads tracing and access logs of REST and HTTP stages', () => {
    const stages = resourcesOf(
      `resource "aws_api_gateway_stage" "prod" {
  rest_api_id          = "a1b2c3"
  deployment_id        = "d4e5f6"
  stage_name           = "prod"
  xray_tracing_enabled = true
  access_log_settings {
    destination_arn = "arn:aws:logs:eu-west-1:123456789012:log-group:api"
    format          = "$context.requestId"
  }
}

resource "aws_apigatewayv2_stage" "default" {
  api_id = "g7h8i9"
  name   = "$default"
}
`,
      'aws.apigateway.stage',
    );
    const prod = stages.get('aws_api_gateway_stage.prod')!;
    expect([value(prod.tracing), value(prod.accessLogging)]).toEqual([true, true]);
    const http = stages.get('aws_apigatewayv2_stage.default')!;
    expect(http.tracing).toBeUndefined();
    expect(where(http.accessLogging)).toEqual({ value: 'absent', line: 12, property: 'access_log_settings' });
  });

  it('leaves access logging unknown when the destination is chosen at apply time', () => {
    const stage = resourcesOf(
      `variable "destination" {
  type = string
}

resource "aws_api_gateway_stage" "prod" {
  stage_name = "prod"
  access_log_settings {
    destination_arn = var.destination
    format          = "$context.requestId"
  }
}
`,
      'aws.apigateway.stage',
    ).get('aws_api_gateway_stage.prod')!;
    expect(value(stage.accessLogging)).toBe('unknown');
  });

  it('models the stage a deployment names, unless a stage resource manages that stage', () => {
    const stages = resourcesOf(
      `resource "aws_api_gateway_deployment" "v1" {
  rest_api_id = "a1b2c3"
  stage_name  = "v1"
}

resource "aws_api_gateway_deployment" "v2" {
  rest_api_id = "a1b2c3"
  stage_name  = "v2"
}

resource "aws_api_gateway_stage" "v2" {
  rest_api_id   = "a1b2c3"
  deployment_id = aws_api_gateway_deployment.v2.id
  stage_name    = "v2"
}

resource "aws_api_gateway_deployment" "unnamed" {
  rest_api_id = "a1b2c3"
}
`,
      'aws.apigateway.stage',
    );
    expect([...stages.keys()]).toEqual(['aws_api_gateway_deployment.v1', 'aws_api_gateway_deployment.v2', 'aws_api_gateway_stage.v2']);
    const v1 = stages.get('aws_api_gateway_deployment.v1')!;
    expect([where(v1.accessLogging), where(v1.tracing!)]).toEqual([
      { value: 'absent', line: 3, property: 'access_log_settings' },
      { value: 'absent', line: 3, property: 'xray_tracing_enabled' },
    ]);
    const v2 = stages.get('aws_api_gateway_deployment.v2')!;
    expect([value(v2.accessLogging), value(v2.tracing)]).toEqual(['unknown', 'unknown']);
  });
});
