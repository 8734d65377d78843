variable "service_name" {
  type = string
}

variable "editor_zones" {
  type    = list(string)
  default = ["eu-west-1a", "eu-west-1b"]
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

# Like AWS's VSCode server sample: the only instance runs in a public subnet, and nothing of the configuration runs in
# the private subnets that route to the NAT gateway, so no S3 traffic crosses it.
resource "aws_vpc" "editor" {
  cidr_block = "10.4.0.0/16"
}

resource "aws_internet_gateway" "editor" {
  vpc_id = aws_vpc.editor.id
}

resource "aws_subnet" "editor_public" {
  vpc_id                  = aws_vpc.editor.id
  cidr_block              = "10.4.0.0/24"
  map_public_ip_on_launch = true
}

resource "aws_route_table" "editor_public" {
  vpc_id = aws_vpc.editor.id

  route {
    cidr_block = "0.0.0.0/0"
    gateway_id = aws_internet_gateway.editor.id
  }
}

resource "aws_route_table_association" "editor_public" {
  subnet_id      = aws_subnet.editor_public.id
  route_table_id = aws_route_table.editor_public.id
}

resource "aws_nat_gateway" "editor" {
  subnet_id     = aws_subnet.editor_public.id
  allocation_id = "eipalloc-0123456789abcdef2"
}

resource "aws_subnet" "editor_private" {
  for_each   = toset(var.editor_zones)
  vpc_id     = aws_vpc.editor.id
  cidr_block = cidrsubnet("10.4.0.0/16", 8, index(var.editor_zones, each.key) + 1)
}

resource "aws_route_table" "editor_private" {
  vpc_id = aws_vpc.editor.id
}

resource "aws_route" "editor_private" {
  route_table_id         = aws_route_table.editor_private.id
  destination_cidr_block = "0.0.0.0/0"
  nat_gateway_id         = aws_nat_gateway.editor.id
}

resource "aws_route_table_association" "editor_private" {
  for_each       = aws_subnet.editor_private
  subnet_id      = each.value.id
  route_table_id = aws_route_table.editor_private.id
}

resource "aws_instance" "server" {
  ami           = "ami-0123456789abcdef0"
  instance_type = "t3.medium"
  subnet_id     = aws_subnet.editor_public.id
}

# A database subnet group in the private subnets: RDS does not send S3 traffic through the VPC's NAT gateway.
resource "aws_db_subnet_group" "editor" {
  name       = "editor"
  subnet_ids = [for subnet in aws_subnet.editor_private : subnet.id]
}

# A function without vpc_config runs outside the VPC.
resource "aws_lambda_function" "hook" {
  function_name = "hook"
  role          = "arn:aws:iam::123456789012:role/hook"
  runtime       = "python3.12"
  handler       = "index.handler"
  filename      = "hook.zip"
}

output "editor_url" {
  value = aws_instance.server.public_dns
}
