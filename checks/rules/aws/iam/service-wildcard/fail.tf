variable "data_service" {
  type    = string
  default = "dynamodb:*"
}

variable "queues" {
  type    = set(string)
  default = ["orders", "refunds"]
}

resource "aws_iam_role" "app" {
  name = "app"
  assume_role_policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Principal = { Service = "lambda.amazonaws.com" }, Action = "sts:AssumeRole" }]
  })

  inline_policy {
    name = "app"
    policy = jsonencode({ # expect: AWS-IAM-SERVICE-WILDCARD
      Version   = "2012-10-17"
      Statement = [{ Effect = "Allow", Action = "s3:*", Resource = "*" }]
    })
  }
}

data "aws_iam_policy_document" "data" {
  statement { # expect: AWS-IAM-SERVICE-WILDCARD
    actions   = [var.data_service]
    resources = ["*"]
  }
}

resource "aws_iam_role_policy" "data" {
  name   = "data"
  role   = aws_iam_role.app.id
  policy = data.aws_iam_policy_document.data.json
}

resource "aws_iam_policy" "queue" {
  for_each = var.queues
  name     = "queue-${each.key}"
  policy = jsonencode({ # expect: AWS-IAM-SERVICE-WILDCARD, AWS-IAM-SERVICE-WILDCARD
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = ["sqs:*"], Resource = "arn:aws:sqs:*:*:*" }]
  })
}
