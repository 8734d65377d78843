variable "allowed_action" {
  type    = string
  default = "*"
}

locals {
  stage      = "dev"
  ops_policy = <<-JSON
    {
      "Version": "2012-10-17",
      "Statement": [
        { "Effect": "Allow", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::reports/*" },
        { "Effect": "Allow", "Action": ["*:*"], "Resource": ["*"] }
      ]
    }
  JSON
}

resource "aws_iam_role" "deploy" {
  name = "deploy"
  assume_role_policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Principal = { Service = "codebuild.amazonaws.com" }, Action = "sts:AssumeRole" }]
  })

  inline_policy {
    name = "deploy"
    policy = jsonencode({ # expect: AWS-IAM-WILDCARD-ADMIN
      Version   = "2012-10-17"
      Statement = [{ Effect = "Allow", Action = "*", Resource = "*" }]
    })
  }
}

resource "aws_iam_policy" "ops" {
  name   = "ops"
  policy = local.ops_policy # expect: AWS-IAM-WILDCARD-ADMIN
}

data "aws_iam_policy_document" "break_glass" {
  statement { # expect: AWS-IAM-WILDCARD-ADMIN
    actions   = [var.allowed_action]
    resources = ["*"]
  }
}

resource "aws_iam_role_policy" "break_glass" {
  name   = "break-glass"
  role   = aws_iam_role.deploy.id
  policy = data.aws_iam_policy_document.break_glass.json
}

data "aws_iam_policy_document" "contractors" {
  statement {
    sid       = "ReadReports"
    actions   = ["s3:GetObject"]
    resources = ["arn:aws:s3:::reports/*"]
  }

  statement { # expect: AWS-IAM-WILDCARD-ADMIN
    effect    = "Allow"
    actions   = [local.stage == "prod" ? "s3:GetObject" : "*"]
    resources = ["*"]
  }
}

resource "aws_iam_group" "contractors" {
  name = "contractors"
}

resource "aws_iam_group_policy" "contractors" {
  name   = "contractors"
  group  = aws_iam_group.contractors.name
  policy = data.aws_iam_policy_document.contractors.json
}

resource "aws_iam_user" "batch" {
  name = "batch"
}

resource "aws_iam_user_policy" "batch" {
  name = "batch"
  user = aws_iam_user.batch.name
  policy = jsonencode({ # expect: AWS-IAM-WILDCARD-ADMIN
    Version = "2012-10-17"
    Statement = {
      Effect   = "Allow"
      Action   = "*"
      Resource = "*"
    }
  })
}

# AWS managed policies attached by ARN count as what they grant.
variable "admin_policy" {
  type    = string
  default = "AdministratorAccess"
}

data "aws_partition" "current" {}

resource "aws_iam_role_policy_attachment" "deploy_admin" {
  role       = aws_iam_role.deploy.name
  policy_arn = "arn:aws:iam::aws:policy/${var.admin_policy}" # expect: AWS-IAM-WILDCARD-ADMIN
}

resource "aws_iam_user_policy_attachment" "batch_admin" {
  user       = aws_iam_user.batch.name
  policy_arn = "arn:${data.aws_partition.current.partition}:iam::aws:policy/AdministratorAccess" # expect: AWS-IAM-WILDCARD-ADMIN
}

resource "aws_iam_policy_attachment" "contractors_admin" {
  name       = "contractors-admin"
  groups     = [aws_iam_group.contractors.name]
  policy_arn = "arn:aws:iam::aws:policy/AdministratorAccess" # expect: AWS-IAM-WILDCARD-ADMIN
}

resource "aws_iam_role" "runner" {
  for_each = toset(["build", "release"])
  name     = "runner-${each.key}"
  assume_role_policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Principal = { Service = "codebuild.amazonaws.com" }, Action = "sts:AssumeRole" }]
  })
  managed_policy_arns = ["arn:aws:iam::aws:policy/ReadOnlyAccess", "arn:aws:iam::aws:policy/AdministratorAccess"] # expect: AWS-IAM-WILDCARD-ADMIN, AWS-IAM-WILDCARD-ADMIN
}
