variable "public_addresses" {
  type    = bool
  default = true
}

locals {
  zones = ["eu-west-1a", "eu-west-1b"]
}

resource "aws_vpc" "main" {
  cidr_block = "10.0.0.0/16"
}

resource "aws_subnet" "public" {
  count                   = length(local.zones)
  vpc_id                  = aws_vpc.main.id
  availability_zone       = local.zones[count.index]
  cidr_block              = cidrsubnet(aws_vpc.main.cidr_block, 8, count.index)
  map_public_ip_on_launch = true # expect: AWS-VPC-SUBNET-PUBLIC-IP, AWS-VPC-SUBNET-PUBLIC-IP
}

resource "aws_subnet" "web" {
  for_each                = { a = "10.0.10.0/24" }
  vpc_id                  = aws_vpc.main.id
  cidr_block              = each.value
  map_public_ip_on_launch = var.public_addresses # expect: AWS-VPC-SUBNET-PUBLIC-IP
}
