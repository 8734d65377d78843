variable "billing_mode" {
  type = string
}

variable "archive_table_name" {
  type = string
}

variable "stage" {
  type = string
}

resource "aws_dynamodb_table" "orders" {
  name         = "orders"
  billing_mode = "PAY_PER_REQUEST"
  hash_key     = "orderId"

  attribute {
    name = "orderId"
    type = "S"
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

# Scaled by a target that names the table by reference.
resource "aws_dynamodb_table" "sessions" {
  name           = "sessions"
  billing_mode   = "PROVISIONED"
  hash_key       = "sessionId"
  read_capacity  = 5
  write_capacity = 5

  attribute {
    name = "sessionId"
    type = "S"
  }
}

resource "aws_appautoscaling_target" "sessions_write" {
  service_namespace  = "dynamodb"
  scalable_dimension = "dynamodb:table:WriteCapacityUnits"
  resource_id        = "table/${aws_dynamodb_table.sessions.name}"
  min_capacity       = 5
  max_capacity       = 200
}

resource "aws_appautoscaling_policy" "sessions_write" {
  name               = "sessions-write-utilization"
  policy_type        = "TargetTrackingScaling"
  service_namespace  = aws_appautoscaling_target.sessions_write.service_namespace
  scalable_dimension = aws_appautoscaling_target.sessions_write.scalable_dimension
  resource_id        = aws_appautoscaling_target.sessions_write.resource_id

  target_tracking_scaling_policy_configuration {
    target_value = 70
    predefined_metric_specification {
      predefined_metric_type = "DynamoDBWriteCapacityUtilization"
    }
  }
}

# Scaled by a target that writes the same literal name.
resource "aws_dynamodb_table" "invoices" {
  name           = "invoices"
  hash_key       = "invoiceId"
  read_capacity  = 10
  write_capacity = 10

  attribute {
    name = "invoiceId"
    type = "S"
  }
}

resource "aws_appautoscaling_target" "invoices_read" {
  service_namespace  = "dynamodb"
  scalable_dimension = "dynamodb:table:ReadCapacityUnits"
  resource_id        = "table/invoices"
  min_capacity       = 10
  max_capacity       = 100
}

# Named by a variable known only at apply time, written the same way in the target.
resource "aws_dynamodb_table" "archive" {
  name           = var.archive_table_name
  hash_key       = "id"
  read_capacity  = 5
  write_capacity = 5

  attribute {
    name = "id"
    type = "S"
  }
}

resource "aws_appautoscaling_target" "archive_read" {
  service_namespace  = "dynamodb"
  scalable_dimension = "dynamodb:table:ReadCapacityUnits"
  resource_id        = "table/${var.archive_table_name}"
  min_capacity       = 5
  max_capacity       = 50
}

# An index's target scales the table it belongs to.
resource "aws_dynamodb_table" "carts" {
  name           = "${var.stage}-carts"
  billing_mode   = "PROVISIONED"
  hash_key       = "cartId"
  read_capacity  = 5
  write_capacity = 5

  attribute {
    name = "cartId"
    type = "S"
  }

  attribute {
    name = "customerId"
    type = "S"
  }

  global_secondary_index {
    name            = "by-customer"
    hash_key        = "customerId"
    projection_type = "KEYS_ONLY"
    read_capacity   = 5
    write_capacity  = 5
  }
}

resource "aws_appautoscaling_target" "carts_index_read" {
  service_namespace  = "dynamodb"
  scalable_dimension = "dynamodb:index:ReadCapacityUnits"
  resource_id        = "table/${var.stage}-carts/index/by-customer"
  min_capacity       = 5
  max_capacity       = 50
}

# One target per shard table.
resource "aws_dynamodb_table" "shards" {
  count          = 2
  name           = "shard-${count.index}"
  hash_key       = "id"
  read_capacity  = 5
  write_capacity = 5

  attribute {
    name = "id"
    type = "S"
  }
}

resource "aws_appautoscaling_target" "shards_write" {
  count              = 2
  service_namespace  = "dynamodb"
  scalable_dimension = "dynamodb:table:WriteCapacityUnits"
  resource_id        = "table/${aws_dynamodb_table.shards[count.index].name}"
  min_capacity       = 5
  max_capacity       = 100
}
