variable "key_status" {
  type    = string
  default = "Active"
}

locals {
  stage = "dev"
}

resource "aws_iam_user" "deployer" {
  name = "ci-deployer"
}

resource "aws_iam_access_key" "deployer" { # expect: AWS-IAM-USER-ACCESS-KEY
  user = aws_iam_user.deployer.name
}

resource "aws_iam_access_key" "backup" {
  user   = "backup-agent"
  status = "Active" # expect: AWS-IAM-USER-ACCESS-KEY
}

resource "aws_iam_access_key" "partner" {
  user   = "partner-sync"
  status = var.key_status # expect: AWS-IAM-USER-ACCESS-KEY
}

resource "aws_iam_access_key" "legacy" {
  user   = "legacy-batch"
  status = local.stage == "prod" ? "Inactive" : "Active" # expect: AWS-IAM-USER-ACCESS-KEY
}

resource "aws_iam_access_key" "tenants" { # expect: AWS-IAM-USER-ACCESS-KEY, AWS-IAM-USER-ACCESS-KEY
  for_each = toset(["acme", "globex"])
  user     = "sync-${each.key}"
}
