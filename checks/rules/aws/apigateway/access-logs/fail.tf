variable "environment" {
  type    = string
  default = "dev"
}

resource "aws_cloudwatch_log_group" "access" {
  name              = "api-access"
  retention_in_days = 90
}

resource "aws_api_gateway_rest_api" "orders" {
  name = "orders"
}

resource "aws_api_gateway_deployment" "orders" {
  rest_api_id = aws_api_gateway_rest_api.orders.id
}

resource "aws_api_gateway_stage" "dev" { # expect: AWS-APIGW-ACCESS-LOGS
  rest_api_id          = aws_api_gateway_rest_api.orders.id
  deployment_id        = aws_api_gateway_deployment.orders.id
  stage_name           = "dev"
  xray_tracing_enabled = true
}

resource "aws_api_gateway_stage" "prod" {
  rest_api_id          = aws_api_gateway_rest_api.orders.id
  deployment_id        = aws_api_gateway_deployment.orders.id
  stage_name           = "prod"
  xray_tracing_enabled = true

  dynamic "access_log_settings" { # expect: AWS-APIGW-ACCESS-LOGS
    for_each = var.environment == "prod" ? [aws_cloudwatch_log_group.access.arn] : []
    content {
      destination_arn = access_log_settings.value
      format          = "$context.requestId $context.status"
    }
  }
}

# Provider 5: a deployment that names a stage creates it, and cannot give it access logs.
resource "aws_api_gateway_deployment" "v1" {
  rest_api_id = aws_api_gateway_rest_api.orders.id
  stage_name  = "v1" # expect: AWS-APIGW-ACCESS-LOGS
}

resource "aws_apigatewayv2_api" "webhooks" {
  name          = "webhooks"
  protocol_type = "HTTP"
}

resource "aws_apigatewayv2_stage" "default" { # expect: AWS-APIGW-ACCESS-LOGS
  api_id      = aws_apigatewayv2_api.webhooks.id
  name        = "$default"
  auto_deploy = true
}
