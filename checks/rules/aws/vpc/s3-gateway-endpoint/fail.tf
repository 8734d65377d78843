variable "azs" {
  type    = list(string)
  default = ["eu-west-1a", "eu-west-1b"]
}

resource "aws_vpc" "main" { # expect: AWS-VPC-S3-GATEWAY-ENDPOINT
  cidr_block = "10.0.0.0/16"
}

resource "aws_subnet" "public" {
  count             = length(var.azs)
  vpc_id            = aws_vpc.main.id
  availability_zone = var.azs[count.index]
  cidr_block        = cidrsubnet(aws_vpc.main.cidr_block, 8, count.index)
}

resource "aws_nat_gateway" "egress" {
  count         = length(var.azs)
  subnet_id     = aws_subnet.public[count.index].id
  allocation_id = "eipalloc-0123456789abcdef0"
}

# An interface endpoint for S3 still bills per GB.
resource "aws_vpc_endpoint" "s3_interface" {
  vpc_id            = aws_vpc.main.id
  service_name      = "com.amazonaws.eu-west-1.s3"
  vpc_endpoint_type = "Interface"
}

resource "aws_vpc" "by_env" { # expect: AWS-VPC-S3-GATEWAY-ENDPOINT
  for_each   = { staging = "10.1.0.0/16" }
  cidr_block = each.value
}

resource "aws_subnet" "by_env" {
  for_each   = aws_vpc.by_env
  vpc_id     = each.value.id
  cidr_block = cidrsubnet(each.value.cidr_block, 8, 0)
}

resource "aws_nat_gateway" "by_env" {
  for_each      = aws_subnet.by_env
  subnet_id     = each.value.id
  allocation_id = "eipalloc-0123456789abcdef1"
}
