variable "orders_authorization" {
  type    = string
  default = "NONE"
}

resource "aws_api_gateway_rest_api" "orders" {
  name = "orders"
  endpoint_configuration {
    types = ["REGIONAL"]
  }
}

resource "aws_api_gateway_resource" "orders" {
  rest_api_id = aws_api_gateway_rest_api.orders.id
  parent_id   = aws_api_gateway_rest_api.orders.root_resource_id
  path_part   = "orders"
}

resource "aws_api_gateway_method" "list" {
  rest_api_id   = aws_api_gateway_rest_api.orders.id
  resource_id   = aws_api_gateway_resource.orders.id
  http_method   = "GET"
  authorization = "NONE" # expect: AWS-APIGW-AUTHORIZATION
}

resource "aws_api_gateway_method" "create" {
  rest_api_id      = aws_api_gateway_rest_api.orders.id
  resource_id      = aws_api_gateway_resource.orders.id
  http_method      = "POST"
  authorization    = var.orders_authorization # expect: AWS-APIGW-AUTHORIZATION
  api_key_required = false
}

resource "aws_api_gateway_method" "per_verb" {
  for_each      = { PUT = "AWS_IAM", DELETE = "NONE" }
  rest_api_id   = aws_api_gateway_rest_api.orders.id
  resource_id   = aws_api_gateway_resource.orders.id
  http_method   = each.key
  authorization = each.value # expect: AWS-APIGW-AUTHORIZATION
}

resource "aws_apigatewayv2_api" "webhooks" {
  name          = "webhooks"
  protocol_type = "HTTP"
}

resource "aws_apigatewayv2_route" "receive" { # expect: AWS-APIGW-AUTHORIZATION
  api_id    = aws_apigatewayv2_api.webhooks.id
  route_key = "POST /hooks"
}

resource "aws_apigatewayv2_route" "catch_all" {
  api_id             = aws_apigatewayv2_api.webhooks.id
  route_key          = "$default"
  authorization_type = "NONE" # expect: AWS-APIGW-AUTHORIZATION
}

resource "aws_apigatewayv2_api" "chat" {
  name                       = "chat"
  protocol_type              = "WEBSOCKET"
  route_selection_expression = "$request.body.action"
}

resource "aws_apigatewayv2_route" "connect" { # expect: AWS-APIGW-AUTHORIZATION
  api_id    = aws_apigatewayv2_api.chat.id
  route_key = "$connect"
}
