import { effective } from '../../../../model/types.ts';
import { defineRule } from '../../../rule.ts';

export default defineRule({
  id: 'AWS-APIGW-ACCESS-LOGS',
  title: 'API Gateway stages write access logs',
  problem: 'API Gateway stage writes no access logs',
  pillar: 'operations',
  severity: 'medium',
  rationale:
    'Access logs record who called which route of an API stage, when, from where and with which result. A stage writes them only when it names a destination (a CloudWatch Logs group or a Firehose stream); without one there is nothing to investigate abuse, errors or throttling with.',
  guide: 'access-logging',
  reads: ['aws.apigateway.stage'],
  messages: {
    noDestination: 'API stage {stage} has no access log destination, so no access logs are written',
  },
  fix: {
    cloudformation: `Type: AWS::ApiGateway::Stage
Properties:
  RestApiId: !Ref Api
  DeploymentId: !Ref Deployment
  StageName: prod
  AccessLogSetting:
    DestinationArn: !GetAtt ApiAccessLogs.Arn
    Format: '{"requestId":"$context.requestId","ip":"$context.identity.sourceIp","status":"$context.status","routeKey":"$context.routeKey"}'`,
    terraform: `resource "aws_api_gateway_stage" "prod" {
  rest_api_id   = aws_api_gateway_rest_api.this.id
  deployment_id = aws_api_gateway_deployment.this.id
  stage_name    = "prod"

  access_log_settings {
    destination_arn = aws_cloudwatch_log_group.api_access.arn
    format          = jsonencode({ requestId = "$context.requestId", ip = "$context.identity.sourceIp", status = "$context.status" })
  }
}`,
  },
  equivalents: { checkov: ['CKV_AWS_76'], trivy: ['AVD-AWS-0001'], kics: ['80d45af4-4920-4236-a56e-b7ef419d1941', '06ec63e3-9f72-4fe2-a218-2eb9200b8db5'], cfn_nag: ['W69', 'W46', 'W45'] },

  check(model, report) {
    for (const stage of model.of('aws.apigateway.stage')) {
      if (effective(stage.accessLogging, false) === false) {
        report(stage, stage.accessLogging.at, 'noDestination', { stage: stage.name });
      }
    }
  },
});
