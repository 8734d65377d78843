variable "allowed_actions" {
  type = list(string)
}

resource "aws_dynamodb_table" "orders" {
  name         = "orders"
  billing_mode = "PAY_PER_REQUEST"
  hash_key     = "id"

  attribute {
    name = "id"
    type = "S"
  }
}

data "aws_iam_policy_document" "orders" {
  statement {
    actions   = ["dynamodb:GetItem", "dynamodb:PutItem"]
    resources = [aws_dynamodb_table.orders.arn]
  }

  # Denying everything outside the region is not a grant.
  statement {
    effect    = "Deny"
    actions   = ["*"]
    resources = ["*"]
    condition {
      test     = "StringNotEquals"
      variable = "aws:RequestedRegion"
      values   = ["eu-west-1"]
    }
  }
}

resource "aws_iam_role" "orders" {
  name = "orders"
  assume_role_policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Principal = { Service = "lambda.amazonaws.com" }, Action = "sts:AssumeRole" }]
  })
}

resource "aws_iam_role_policy" "orders" {
  name   = "orders"
  role   = aws_iam_role.orders.id
  policy = data.aws_iam_policy_document.orders.json
}

# Everything except IAM is still broad, but it is not the administrator grant this rule looks for.
resource "aws_iam_policy" "power_user" {
  name = "power-user"
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", NotAction = ["iam:*", "organizations:*"], Resource = "*" }]
  })
}

# Every action, on one bucket only.
resource "aws_iam_policy" "reports" {
  name = "reports"
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "s3:*", Resource = ["arn:aws:s3:::reports", "arn:aws:s3:::reports/*"] }]
  })
}

# Decided when the plan is made.
resource "aws_iam_policy" "planned" {
  name = "planned"
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = var.allowed_actions, Resource = "*" }]
  })
}

# A resource policy says who may use the key, not what a role may do.
resource "aws_kms_key" "orders" {
  description         = "Orders"
  enable_key_rotation = true
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Principal = { AWS = "arn:aws:iam::123456789012:root" }, Action = "kms:*", Resource = "*" }]
  })
}

# Broad or unknown managed policies that are not every action on every resource.
resource "aws_iam_role" "builder" {
  name = "builder"
  assume_role_policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Principal = { Service = "codebuild.amazonaws.com" }, Action = "sts:AssumeRole" }]
  })
  managed_policy_arns = ["arn:aws:iam::aws:policy/PowerUserAccess", "arn:aws:iam::123456789012:policy/AdministratorAccess"]
}

resource "aws_iam_policy" "custom" {
  name   = "custom"
  policy = jsonencode({ Version = "2012-10-17", Statement = [{ Effect = "Allow", Action = "s3:GetObject", Resource = "*" }] })
}

resource "aws_iam_role_policy_attachment" "builder_custom" {
  role       = aws_iam_role.builder.name
  policy_arn = aws_iam_policy.custom.arn
}

resource "aws_iam_role_policy_attachment" "builder_s3" {
  role       = aws_iam_role.builder.name
  policy_arn = "arn:aws:iam::aws:policy/AmazonS3FullAccess"
}
