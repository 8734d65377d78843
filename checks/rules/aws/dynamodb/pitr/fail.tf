variable "recovery" {
  type    = bool
  default = false
}

resource "aws_dynamodb_table" "unset" { # expect: AWS-DYNAMODB-PITR
  name         = "unset"
  billing_mode = "PAY_PER_REQUEST"
  hash_key     = "id"

  attribute {
    name = "id"
    type = "S"
  }
}

resource "aws_dynamodb_table" "disabled" {
  name         = "disabled"
  billing_mode = "PAY_PER_REQUEST"
  hash_key     = "id"

  attribute {
    name = "id"
    type = "S"
  }

  point_in_time_recovery {
    enabled = false # expect: AWS-DYNAMODB-PITR
  }
}

resource "aws_dynamodb_table" "from_variable" {
  name         = "from-variable"
  billing_mode = "PAY_PER_REQUEST"
  hash_key     = "id"

  attribute {
    name = "id"
    type = "S"
  }

  point_in_time_recovery {
    enabled = var.recovery # expect: AWS-DYNAMODB-PITR
  }
}

# A global table is only as recoverable as its least protected replica.
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

  replica {
    region_name            = "eu-west-1"
    point_in_time_recovery = true
  }

  replica {
    region_name            = "us-east-1"
    point_in_time_recovery = false # expect: AWS-DYNAMODB-PITR
  }
}

# A replica added by its own resource leaves recovery off.
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

resource "aws_dynamodb_table_replica" "profiles_eu" { # expect: AWS-DYNAMODB-PITR
  global_table_arn = aws_dynamodb_table.profiles.arn
}
