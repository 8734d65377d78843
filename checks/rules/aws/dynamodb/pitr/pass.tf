variable "recovery" {
  type = bool
}

locals {
  recovery_on = true
}

resource "aws_dynamodb_table" "orders" {
  name         = "orders"
  billing_mode = "PAY_PER_REQUEST"
  hash_key     = "orderId"

  attribute {
    name = "orderId"
    type = "S"
  }

  point_in_time_recovery {
    enabled = true
  }
}

resource "aws_dynamodb_table" "from_local" {
  name         = "from-local"
  billing_mode = "PAY_PER_REQUEST"
  hash_key     = "id"

  attribute {
    name = "id"
    type = "S"
  }

  point_in_time_recovery {
    enabled = local.recovery_on
  }
}

resource "aws_dynamodb_table" "decided_at_apply" {
  name         = "decided-at-apply"
  billing_mode = "PAY_PER_REQUEST"
  hash_key     = "id"

  attribute {
    name = "id"
    type = "S"
  }

  point_in_time_recovery {
    enabled = var.recovery
  }
}

resource "aws_dynamodb_table" "customers" {
  name             = "customers"
  billing_mode     = "PAY_PER_REQUEST"
  hash_key         = "customerId"
  stream_enabled   = true
  stream_view_type = "NEW_AND_OLD_IMAGES"

  attribute {
    name = "customerId"
    type = "S"
  }

  point_in_time_recovery {
    enabled = true
  }

  dynamic "replica" {
    for_each = ["eu-west-1", "us-east-1"]
    content {
      region_name            = replica.value
      point_in_time_recovery = true
    }
  }
}

resource "aws_dynamodb_table" "profiles" {
  name             = "profiles"
  billing_mode     = "PAY_PER_REQUEST"
  hash_key         = "profileId"
  stream_enabled   = true
  stream_view_type = "NEW_AND_OLD_IMAGES"

  attribute {
    name = "profileId"
    type = "S"
  }

  point_in_time_recovery {
    enabled = true
  }

  lifecycle {
    ignore_changes = [replica]
  }
}

resource "aws_dynamodb_table_replica" "profiles_eu" {
  global_table_arn       = aws_dynamodb_table.profiles.arn
  point_in_time_recovery = true
}
