variable "excluded" {
  type    = list(string)
  default = ["iam:*", "organizations:*"]
}

variable "groups" {
  type    = set(string)
  default = ["ops", "sre"]
}

resource "aws_iam_group" "power" {
  for_each = var.groups
  name     = each.key
}

resource "aws_iam_group_policy" "power" {
  for_each = var.groups
  name     = "power-user"
  group    = aws_iam_group.power[each.key].name
  policy = jsonencode({ # expect: AWS-IAM-NOT-ACTION, AWS-IAM-NOT-ACTION
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", NotAction = var.excluded, Resource = "*" }]
  })
}

data "aws_iam_policy_document" "reports" {
  statement { # expect: AWS-IAM-NOT-ACTION
    actions       = ["s3:GetObject"]
    not_resources = ["arn:aws:s3:::payroll/*"]
  }
}

resource "aws_iam_policy" "reports" {
  name   = "reports"
  policy = data.aws_iam_policy_document.reports.json
}
