variable "enable_tracing" {
  type    = bool
  default = false
}

variable "environment" {
  type    = string
  default = "dev"
}

locals {
  tracing = {
    dev  = false
    prod = true
  }
}

resource "aws_api_gateway_rest_api" "orders" {
  name = "orders"
}

resource "aws_api_gateway_deployment" "orders" {
  rest_api_id = aws_api_gateway_rest_api.orders.id
}

resource "aws_api_gateway_stage" "unset" { # expect: AWS-APIGW-TRACING
  rest_api_id   = aws_api_gateway_rest_api.orders.id
  deployment_id = aws_api_gateway_deployment.orders.id
  stage_name    = "unset"
}

resource "aws_api_gateway_stage" "disabled" {
  rest_api_id          = aws_api_gateway_rest_api.orders.id
  deployment_id        = aws_api_gateway_deployment.orders.id
  stage_name           = "disabled"
  xray_tracing_enabled = false # expect: AWS-APIGW-TRACING
}

resource "aws_api_gateway_stage" "from_variable" {
  rest_api_id          = aws_api_gateway_rest_api.orders.id
  deployment_id        = aws_api_gateway_deployment.orders.id
  stage_name           = "param"
  xray_tracing_enabled = var.enable_tracing # expect: AWS-APIGW-TRACING
}

resource "aws_api_gateway_stage" "from_local" {
  rest_api_id          = aws_api_gateway_rest_api.orders.id
  deployment_id        = aws_api_gateway_deployment.orders.id
  stage_name           = "mapped"
  xray_tracing_enabled = local.tracing[var.environment] # expect: AWS-APIGW-TRACING
}

resource "aws_api_gateway_stage" "prod_only" {
  rest_api_id          = aws_api_gateway_rest_api.orders.id
  deployment_id        = aws_api_gateway_deployment.orders.id
  stage_name           = "prod"
  xray_tracing_enabled = var.environment == "prod" # expect: AWS-APIGW-TRACING
}

# Provider 5: a deployment that names a stage creates it, without tracing.
resource "aws_api_gateway_deployment" "v1" {
  rest_api_id = aws_api_gateway_rest_api.orders.id
  stage_name  = "v1" # expect: AWS-APIGW-TRACING
}
