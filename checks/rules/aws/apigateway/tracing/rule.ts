import { effective } from '../../../../model/types.ts';
import { propertyName } from '../../../message.ts';
import { defineRule } from '../../../rule.ts';

export default defineRule({
  id: 'AWS-APIGW-TRACING',
  title: 'API Gateway REST API stages send traces to AWS X-Ray',
  problem: 'API Gateway REST API stage sends no traces to AWS X-Ray',
  pillar: 'operations',
  severity: 'low',
  rationale:
    'With X-Ray tracing on, each request through a REST API stage becomes a trace that follows it into Lambda functions and other services, showing where time is spent and which call failed. Tracing is off unless the stage turns it on, and it applies to REST APIs only (HTTP APIs do not support X-Ray).',
  guide: 'distributed-tracing',
  reads: ['aws.apigateway.stage'],
  messages: {
    notSet: 'API stage {stage} does not set {property}, so X-Ray tracing is off',
    off: '{property} is `false` on API stage {stage}',
  },
  fix: {
    cloudformation: `Type: AWS::ApiGateway::Stage
Properties:
  RestApiId: !Ref Api
  DeploymentId: !Ref Deployment
  StageName: prod
  TracingEnabled: true`,
    terraform: `resource "aws_api_gateway_stage" "prod" {
  rest_api_id          = aws_api_gateway_rest_api.this.id
  deployment_id        = aws_api_gateway_deployment.this.id
  stage_name           = "prod"
  xray_tracing_enabled = true
}`,
  },
  equivalents: { checkov: ['CKV_AWS_73'], trivy: ['AVD-AWS-0003'], kics: ['4ab10c48-bedb-4deb-8f3b-ff12783b61de'] },

  check(model, report) {
    for (const stage of model.of('aws.apigateway.stage')) {
      const tracing = stage.tracing;
      if (!tracing || effective(tracing, false) !== false) continue;
      report(stage, tracing.at, tracing.state === 'absent' ? 'notSet' : 'off', { stage: stage.name, property: propertyName(tracing, 'TracingEnabled') });
    }
  },
});
