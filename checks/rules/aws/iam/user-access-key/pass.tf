variable "key_status" {
  type = string
}

resource "aws_iam_access_key" "retired" {
  user   = "retired-batch"
  status = "Inactive"
}

# Decided when the plan is made.
resource "aws_iam_access_key" "rotating" {
  user   = "partner-sync"
  status = var.key_status
}

# The workload assumes a role instead of holding a key.
resource "aws_iam_role" "app" {
  name = "app"
  assume_role_policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Principal = { Service = "ec2.amazonaws.com" }, Action = "sts:AssumeRole" }]
  })
}
