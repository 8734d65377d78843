variable "stage" {
  type    = string
  default = "dev"
}

variable "billing_mode" {
  type    = string
  default = "PROVISIONED"
}

resource "aws_dynamodb_table" "orders" {
  name           = "orders"
  billing_mode   = "PROVISIONED" # expect: AWS-DYNAMODB-CAPACITY-MODE
  hash_key       = "orderId"
  read_capacity  = 50
  write_capacity = 20

  attribute {
    name = "orderId"
    type = "S"
  }
}

resource "aws_dynamodb_table" "sessions" { # expect: AWS-DYNAMODB-CAPACITY-MODE
  name           = "sessions"
  hash_key       = "sessionId"
  read_capacity  = 5
  write_capacity = 5

  attribute {
    name = "sessionId"
    type = "S"
  }
}

resource "aws_dynamodb_table" "invoices" {
  name           = "invoices"
  billing_mode   = var.billing_mode # expect: AWS-DYNAMODB-CAPACITY-MODE
  hash_key       = "invoiceId"
  read_capacity  = 10
  write_capacity = 10

  attribute {
    name = "invoiceId"
    type = "S"
  }
}

resource "aws_dynamodb_table" "payments" {
  name           = "payments"
  billing_mode   = var.stage == "prod" ? "PAY_PER_REQUEST" : "PROVISIONED" # expect: AWS-DYNAMODB-CAPACITY-MODE
  hash_key       = "paymentId"
  read_capacity  = 10
  write_capacity = 10

  attribute {
    name = "paymentId"
    type = "S"
  }
}

# The scalable target below scales another table: the names differ.
resource "aws_dynamodb_table" "carts" {
  name           = "${var.stage}-carts"
  billing_mode   = "PROVISIONED" # expect: AWS-DYNAMODB-CAPACITY-MODE
  hash_key       = "cartId"
  read_capacity  = 5
  write_capacity = 5

  attribute {
    name = "cartId"
    type = "S"
  }
}

resource "aws_appautoscaling_target" "wishlists_write" {
  service_namespace  = "dynamodb"
  scalable_dimension = "dynamodb:table:WriteCapacityUnits"
  resource_id        = "table/${var.stage}-wishlists"
  min_capacity       = 5
  max_capacity       = 50
}
