variable "subnet_ids" {
  type = list(string)
}

variable "admin_cidrs" {
  type    = list(string)
  default = ["0.0.0.0/0"]
}

variable "environment" {
  type    = string
  default = "dev"
}

resource "aws_iam_role" "cluster" {
  name = "eks-cluster"
  assume_role_policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Principal = { Service = "eks.amazonaws.com" }, Action = "sts:AssumeRole" }]
  })
}

resource "aws_eks_cluster" "default" {
  name     = "default"
  role_arn = aws_iam_role.cluster.arn

  vpc_config { # expect: AWS-EKS-PUBLIC-ENDPOINT
    subnet_ids = var.subnet_ids
  }
}

resource "aws_eks_cluster" "explicit" {
  name     = "explicit"
  role_arn = aws_iam_role.cluster.arn

  vpc_config {
    subnet_ids              = var.subnet_ids
    endpoint_private_access = true
    endpoint_public_access  = true # expect: AWS-EKS-PUBLIC-ENDPOINT
  }
}

resource "aws_eks_cluster" "wide" {
  name     = "wide"
  role_arn = aws_iam_role.cluster.arn

  vpc_config {
    subnet_ids             = var.subnet_ids
    endpoint_public_access = true
    public_access_cidrs    = var.admin_cidrs # expect: AWS-EKS-PUBLIC-ENDPOINT
  }
}

resource "aws_eks_cluster" "staged" {
  name     = "staged"
  role_arn = aws_iam_role.cluster.arn

  vpc_config {
    subnet_ids              = var.subnet_ids
    endpoint_private_access = true
    endpoint_public_access  = var.environment != "prod" # expect: AWS-EKS-PUBLIC-ENDPOINT
  }
}
