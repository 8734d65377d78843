data "aws_iam_policy_document" "developers" {
  statement {
    actions   = ["cloudwatch:GetMetricData", "logs:FilterLogEvents"]
    resources = ["*"]
  }

  # NotAction in a Deny narrows access: everything but these needs MFA.
  statement {
    effect      = "Deny"
    not_actions = ["iam:ChangePassword", "sts:GetSessionToken"]
    resources   = ["*"]
    condition {
      test     = "BoolIfExists"
      variable = "aws:MultiFactorAuthPresent"
      values   = ["false"]
    }
  }
}

resource "aws_iam_policy" "developers" {
  name   = "developers"
  policy = data.aws_iam_policy_document.developers.json
}

resource "aws_s3_bucket" "reports" {
  bucket = "reports"
}

# A bucket policy is not an identity policy.
resource "aws_s3_bucket_policy" "reports" {
  bucket = aws_s3_bucket.reports.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect      = "Deny"
      Principal   = "*"
      Action      = "s3:*"
      NotResource = "${aws_s3_bucket.reports.arn}/public/*"
      Condition   = { Bool = { "aws:SecureTransport" = "false" } }
    }]
  })
}
