variable "vpc_cidr" {
  type    = string
  default = "10.0.0.0/16"
}

variable "flow_log_bucket_arn" {
  type = string
}

variable "environments" {
  type    = map(string)
  default = { staging = "10.3.0.0/16" }
}

resource "aws_vpc" "unlogged" { # expect: AWS-VPC-FLOW-LOGS
  cidr_block = var.vpc_cidr
}

resource "aws_vpc" "subnet_only" { # expect: AWS-VPC-FLOW-LOGS
  cidr_block = "10.1.0.0/16"
}

resource "aws_subnet" "public" {
  vpc_id     = aws_vpc.subnet_only.id
  cidr_block = "10.1.0.0/24"
}

# Captures one subnet, not the whole VPC.
resource "aws_flow_log" "public_subnet" {
  subnet_id            = aws_subnet.public.id
  traffic_type         = "ALL"
  log_destination_type = "s3"
  log_destination      = var.flow_log_bucket_arn
}

resource "aws_vpc" "environment" { # expect: AWS-VPC-FLOW-LOGS
  for_each   = var.environments
  cidr_block = each.value
}
