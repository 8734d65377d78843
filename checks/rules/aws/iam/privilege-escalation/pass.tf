variable "escalation_action" {
  type = string
}

resource "aws_iam_role" "function" {
  name = "function"
  assume_role_policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Principal = { Service = "lambda.amazonaws.com" }, Action = "sts:AssumeRole" }]
  })
}

data "aws_iam_policy_document" "build" {
  # One role the pipeline manages, not every role.
  statement {
    actions   = ["iam:AttachRolePolicy", "iam:PutRolePolicy"]
    resources = [aws_iam_role.function.arn]
  }

  # A permissions boundary condition keeps what it attaches inside the boundary.
  statement {
    actions   = ["iam:AttachRolePolicy"]
    resources = ["*"]
    condition {
      test     = "StringEquals"
      variable = "iam:PermissionsBoundary"
      values   = ["arn:aws:iam::123456789012:policy/boundary"]
    }
  }

  # Denying is never an escalation; reading IAM is not changing it.
  statement {
    effect    = "Deny"
    actions   = ["iam:CreateAccessKey"]
    resources = ["*"]
  }
  statement {
    actions   = ["iam:Get*", "iam:List*"]
    resources = ["*"]
  }

  # Passing one named role to the functions it creates.
  statement {
    actions   = ["iam:PassRole"]
    resources = [aws_iam_role.function.arn]
  }
  statement {
    actions   = ["lambda:CreateFunction"]
    resources = ["*"]
  }
}

resource "aws_iam_role_policy" "build" {
  name   = "build"
  role   = aws_iam_role.function.id
  policy = data.aws_iam_policy_document.build.json
}

# Known only when the plan is made.
resource "aws_iam_policy" "configurable" {
  name = "configurable"
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = var.escalation_action, Resource = "*" }]
  })
}
