variable "service_name" {
  type = string
}

data "aws_region" "current" {}

resource "aws_vpc" "main" {
  cidr_block = "10.0.0.0/16"
}

resource "aws_subnet" "public" {
  vpc_id     = aws_vpc.main.id
  cidr_block = "10.0.0.0/24"
}

resource "aws_nat_gateway" "egress" {
  subnet_id     = aws_subnet.public.id
  allocation_id = "eipalloc-0123456789abcdef0"
}

resource "aws_vpc_endpoint" "s3" {
  vpc_id       = aws_vpc.main.id
  service_name = "com.amazonaws.${data.aws_region.current.name}.s3"
}

# No NAT gateway: S3 traffic takes no billed path.
resource "aws_vpc" "isolated" {
  cidr_block = "10.1.0.0/16"
}

# A private NAT gateway does not reach the internet.
resource "aws_vpc" "internal" {
  cidr_block = "10.2.0.0/16"
}

resource "aws_subnet" "internal" {
  vpc_id     = aws_vpc.internal.id
  cidr_block = "10.2.0.0/24"
}

resource "aws_nat_gateway" "internal" {
  subnet_id         = aws_subnet.internal.id
  connectivity_type = "private"
}

# The endpoint's service comes from outside: undecided.
resource "aws_vpc" "chosen" {
  cidr_block = "10.3.0.0/16"
}

resource "aws_subnet" "chosen" {
  vpc_id     = aws_vpc.chosen.id
  cidr_block = "10.3.0.0/24"
}

resource "aws_nat_gateway" "chosen" {
  subnet_id     = aws_subnet.chosen.id
  allocation_id = "eipalloc-0123456789abcdef1"
}

resource "aws_vpc_endpoint" "chosen" {
  vpc_id       = aws_vpc.chosen.id
  service_name = var.service_name
}
