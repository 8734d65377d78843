variable "billing_mode" {
  type    = string
  default = "PROVISIONED"
}

locals {
  modes = {
    staging    = "PROVISIONED"
    production = "PAY_PER_REQUEST"
  }
  environment = "staging"
}

resource "aws_dynamodb_table" "orders" {
  name           = "orders"
  hash_key       = "id"
  read_capacity  = 10 # expect: AWS-DYNAMODB-AUTOSCALING
  write_capacity = 10

  attribute {
    name = "id"
    type = "S"
  }
}

resource "aws_dynamodb_table" "carts" {
  name           = "carts"
  billing_mode   = var.billing_mode
  hash_key       = "id"
  read_capacity  = 10
  write_capacity = 10

  attribute {
    name = "id"
    type = "S"
  }

  attribute {
    name = "customer"
    type = "S"
  }

  global_secondary_index { # expect: AWS-DYNAMODB-AUTOSCALING
    name            = "by-customer"
    hash_key        = "customer"
    projection_type = "KEYS_ONLY"
    read_capacity   = 5
    write_capacity  = 5
  }
}

resource "aws_appautoscaling_target" "carts" {
  for_each           = toset(["Read", "Write"])
  service_namespace  = "dynamodb"
  resource_id        = "table/${aws_dynamodb_table.carts.name}"
  scalable_dimension = "dynamodb:table:${each.key}CapacityUnits"
  min_capacity       = 10
  max_capacity       = 500
}

resource "aws_dynamodb_table" "sessions" {
  for_each       = toset(["eu", "us"])
  name           = "sessions-${each.key}"
  billing_mode   = local.modes[local.environment]
  hash_key       = "id"
  read_capacity  = 5 # expect: AWS-DYNAMODB-AUTOSCALING, AWS-DYNAMODB-AUTOSCALING
  write_capacity = 5

  attribute {
    name = "id"
    type = "S"
  }
}

resource "aws_appautoscaling_target" "sessions_writes" {
  for_each           = aws_dynamodb_table.sessions
  service_namespace  = "dynamodb"
  resource_id        = "table/${each.value.name}"
  scalable_dimension = "dynamodb:table:WriteCapacityUnits"
  min_capacity       = 5
  max_capacity       = 100
}
