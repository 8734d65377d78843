variable "escalation_action" {
  type    = string
  default = "iam:CreatePolicyVersion"
}

variable "teams" {
  type    = set(string)
  default = ["web", "data"]
}

resource "aws_iam_role" "build" {
  name = "build"
  assume_role_policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Principal = { Service = "codebuild.amazonaws.com" }, Action = "sts:AssumeRole" }]
  })

  inline_policy {
    name = "build"
    policy = jsonencode({ # expect: AWS-IAM-PRIVILEGE-ESCALATION
      Version   = "2012-10-17"
      Statement = [{ Effect = "Allow", Action = ["iam:AttachRolePolicy", "iam:PutRolePolicy"], Resource = "*" }]
    })
  }
}

data "aws_iam_policy_document" "editor" {
  statement { # expect: AWS-IAM-PRIVILEGE-ESCALATION
    actions   = [var.escalation_action]
    resources = ["*"]
  }
}

resource "aws_iam_policy" "editor" {
  name   = "editor"
  policy = data.aws_iam_policy_document.editor.json
}

data "aws_iam_policy_document" "launcher" {
  statement { # expect: AWS-IAM-PRIVILEGE-ESCALATION
    actions   = ["iam:PassRole"]
    resources = ["*"]
  }
  statement {
    actions   = ["ec2:RunInstances"]
    resources = ["arn:aws:ec2:*:*:instance/*"]
  }
}

resource "aws_iam_role_policy" "launcher" {
  name   = "launcher"
  role   = aws_iam_role.build.id
  policy = data.aws_iam_policy_document.launcher.json
}

resource "aws_iam_user" "team" {
  for_each = var.teams
  name     = "ci-${each.key}"
}

resource "aws_iam_user_policy" "team" {
  for_each = var.teams
  name     = "keys"
  user     = aws_iam_user.team[each.key].name
  policy = jsonencode({ # expect: AWS-IAM-PRIVILEGE-ESCALATION, AWS-IAM-PRIVILEGE-ESCALATION
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "iam:CreateAccessKey", Resource = "*" }]
  })
}
