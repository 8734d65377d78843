variable "trusted_principal" {
  type    = string
  default = "*"
}

resource "aws_iam_role" "open" {
  name = "open"
  assume_role_policy = jsonencode({ # expect: AWS-IAM-TRUST-OPEN
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Principal = { AWS = var.trusted_principal }, Action = "sts:AssumeRole" }]
  })
}

data "aws_iam_policy_document" "everyone" {
  statement { # expect: AWS-IAM-TRUST-OPEN, AWS-IAM-TRUST-OPEN
    actions = ["sts:AssumeRole"]
    principals {
      type        = "AWS"
      identifiers = ["*"]
    }
    condition {
      test     = "Bool"
      variable = "aws:MultiFactorAuthPresent"
      values   = ["true"]
    }
  }
}

resource "aws_iam_role" "per_team" {
  for_each           = toset(["analytics", "marketing"])
  name               = "team-${each.key}"
  assume_role_policy = data.aws_iam_policy_document.everyone.json
}

resource "aws_iam_openid_connect_provider" "github" {
  url            = "https://token.actions.githubusercontent.com"
  client_id_list = ["sts.amazonaws.com"]
}

data "aws_iam_policy_document" "github" {
  statement { # expect: AWS-IAM-TRUST-OPEN
    actions = ["sts:AssumeRoleWithWebIdentity"]
    principals {
      type        = "Federated"
      identifiers = [aws_iam_openid_connect_provider.github.arn]
    }
    condition {
      test     = "StringEquals"
      variable = "token.actions.githubusercontent.com:aud"
      values   = ["sts.amazonaws.com"]
    }
  }
}

resource "aws_iam_role" "github_deploy" {
  name               = "github-deploy"
  assume_role_policy = data.aws_iam_policy_document.github.json
}

resource "aws_iam_role" "gitlab" {
  name = "gitlab"
  assume_role_policy = <<-JSON # expect: AWS-IAM-TRUST-OPEN
    {
      "Version": "2012-10-17",
      "Statement": [{
        "Effect": "Allow",
        "Principal": { "Federated": "arn:aws:iam::111122223333:oidc-provider/gitlab.com" },
        "Action": "sts:AssumeRoleWithWebIdentity"
      }]
    }
  JSON
}
