variable "pass_action" {
  type    = string
  default = "iam:PassRole"
}

variable "pipelines" {
  type    = set(string)
  default = ["web", "batch"]
}

data "aws_iam_policy_document" "deploy" {
  statement { # expect: AWS-IAM-PASSROLE-WILDCARD
    actions   = ["iam:PassRole"]
    resources = ["*"]
    condition {
      test     = "StringEquals"
      variable = "iam:PassedToService"
      values   = ["ecs-tasks.amazonaws.com"]
    }
  }
}

resource "aws_iam_policy" "deploy" {
  name   = "deploy"
  policy = data.aws_iam_policy_document.deploy.json
}

resource "aws_iam_policy" "operators" {
  name = "operators"
  policy = jsonencode({ # expect: AWS-IAM-PASSROLE-WILDCARD
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = ["iam:Get*", "iam:Pass*"], Resource = "*" }]
  })
}

resource "aws_iam_policy" "pipeline" {
  for_each = var.pipelines
  name     = "pipeline-${each.key}"
  policy = jsonencode({ # expect: AWS-IAM-PASSROLE-WILDCARD, AWS-IAM-PASSROLE-WILDCARD
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = var.pass_action, Resource = "*" }]
  })
}
