variable "key_user" {
  type    = string
  default = "*"
}

resource "aws_kms_key" "open" {
  enable_key_rotation = true
  policy = jsonencode({ # expect: AWS-KMS-KEY-POLICY-WILDCARD
    Version = "2012-10-17"
    Statement = [
      { Effect = "Allow", Principal = { AWS = "*" }, Action = "kms:*", Resource = "*" },
    ]
  })
}

data "aws_iam_policy_document" "decrypt_for_all" {
  statement { # expect: AWS-KMS-KEY-POLICY-WILDCARD, AWS-KMS-KEY-POLICY-WILDCARD
    actions   = ["kms:Decrypt"]
    resources = ["*"]
    principals {
      type        = "AWS"
      identifiers = [var.key_user]
    }
  }
}

resource "aws_kms_key" "per_team" {
  for_each            = toset(["analytics", "marketing"])
  description         = "team ${each.key}"
  enable_key_rotation = true
}

resource "aws_kms_key_policy" "per_team" {
  for_each = aws_kms_key.per_team
  key_id   = each.value.id
  policy   = data.aws_iam_policy_document.decrypt_for_all.json
}
