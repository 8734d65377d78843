variable "billing_mode" {
  type = string
}

resource "aws_dynamodb_table" "events" {
  name         = "events"
  billing_mode = "PAY_PER_REQUEST"
  hash_key     = "id"

  attribute {
    name = "id"
    type = "S"
  }

  attribute {
    name = "type"
    type = "S"
  }

  global_secondary_index {
    name            = "by-type"
    hash_key        = "type"
    projection_type = "ALL"
  }
}

resource "aws_dynamodb_table" "decided_at_apply" {
  name         = "decided-at-apply"
  billing_mode = var.billing_mode
  hash_key     = "id"

  attribute {
    name = "id"
    type = "S"
  }
}

resource "aws_dynamodb_table" "orders" {
  name           = "orders"
  billing_mode   = "PROVISIONED"
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

  global_secondary_index {
    name            = "by-customer"
    hash_key        = "customer"
    projection_type = "KEYS_ONLY"
    read_capacity   = 5
    write_capacity  = 5
  }

  lifecycle {
    ignore_changes = [read_capacity, write_capacity]
  }
}

resource "aws_appautoscaling_target" "orders_reads" {
  service_namespace  = "dynamodb"
  resource_id        = "table/${aws_dynamodb_table.orders.name}"
  scalable_dimension = "dynamodb:table:ReadCapacityUnits"
  min_capacity       = 10
  max_capacity       = 1000
}

resource "aws_appautoscaling_target" "orders_writes" {
  service_namespace  = "dynamodb"
  resource_id        = "table/${aws_dynamodb_table.orders.name}"
  scalable_dimension = "dynamodb:table:WriteCapacityUnits"
  min_capacity       = 10
  max_capacity       = 1000
}

resource "aws_appautoscaling_target" "by_customer" {
  for_each           = toset(["Read", "Write"])
  service_namespace  = "dynamodb"
  resource_id        = "table/${aws_dynamodb_table.orders.name}/index/by-customer"
  scalable_dimension = "dynamodb:index:${each.key}CapacityUnits"
  min_capacity       = 5
  max_capacity       = 500
}

resource "aws_appautoscaling_policy" "orders_writes" {
  name               = "orders-writes"
  policy_type        = "TargetTrackingScaling"
  resource_id        = aws_appautoscaling_target.orders_writes.resource_id
  scalable_dimension = aws_appautoscaling_target.orders_writes.scalable_dimension
  service_namespace  = aws_appautoscaling_target.orders_writes.service_namespace

  target_tracking_scaling_policy_configuration {
    target_value = 70
    predefined_metric_specification {
      predefined_metric_type = "DynamoDBWriteCapacityUtilization"
    }
  }
}
