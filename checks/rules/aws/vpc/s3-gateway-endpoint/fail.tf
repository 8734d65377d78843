variable "worker_subnet_ids" {
  type = list(string)
}

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

# Workers in private subnets whose default routes go to the NAT gateways.
resource "aws_subnet" "private" {
  count             = length(var.azs)
  vpc_id            = aws_vpc.main.id
  availability_zone = var.azs[count.index]
  cidr_block        = cidrsubnet(aws_vpc.main.cidr_block, 8, 10 + count.index)
}

resource "aws_route_table" "private" {
  count  = length(var.azs)
  vpc_id = aws_vpc.main.id

  route {
    cidr_block     = "0.0.0.0/0"
    nat_gateway_id = aws_nat_gateway.egress[count.index].id
  }
}

resource "aws_route_table_association" "private" {
  count          = length(var.azs)
  subnet_id      = aws_subnet.private[count.index].id
  route_table_id = aws_route_table.private[count.index].id
}

resource "aws_autoscaling_group" "workers" {
  min_size            = 1
  max_size            = 4
  vpc_zone_identifier = aws_subnet.private[*].id

  launch_template {
    id      = "lt-0123456789abcdef0"
    version = "$Latest"
  }
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

# An ECS service in a private subnet routed through a standalone aws_route.
resource "aws_subnet" "by_env_private" {
  for_each   = aws_vpc.by_env
  vpc_id     = each.value.id
  cidr_block = cidrsubnet(each.value.cidr_block, 8, 1)
}

resource "aws_route_table" "by_env_private" {
  for_each = aws_vpc.by_env
  vpc_id   = each.value.id
}

resource "aws_route" "by_env_private" {
  for_each               = aws_route_table.by_env_private
  route_table_id         = each.value.id
  destination_cidr_block = "0.0.0.0/0"
  nat_gateway_id         = aws_nat_gateway.by_env[each.key].id
}

resource "aws_route_table_association" "by_env_private" {
  for_each       = aws_subnet.by_env_private
  subnet_id      = each.value.id
  route_table_id = aws_route_table.by_env_private[each.key].id
}

resource "aws_ecs_service" "api" {
  for_each        = aws_subnet.by_env_private
  name            = "api-${each.key}"
  cluster         = "arn:aws:ecs:eu-west-1:123456789012:cluster/main"
  task_definition = "api:1"
  launch_type     = "FARGATE"

  network_configuration {
    subnets = [each.value.id]
  }
}

# A Lambda function in subnets given as a variable: they may be this VPC's NAT-routed ones.
resource "aws_vpc" "handed" { # expect: AWS-VPC-S3-GATEWAY-ENDPOINT
  cidr_block = "10.2.0.0/16"
}

resource "aws_subnet" "handed" {
  vpc_id     = aws_vpc.handed.id
  cidr_block = "10.2.0.0/24"
}

resource "aws_nat_gateway" "handed" {
  subnet_id     = aws_subnet.handed.id
  allocation_id = "eipalloc-0123456789abcdef2"
}

resource "aws_route_table" "handed" {
  vpc_id = aws_vpc.handed.id

  route {
    cidr_block     = "0.0.0.0/0"
    nat_gateway_id = aws_nat_gateway.handed.id
  }
}

resource "aws_instance" "handed_bastion" {
  ami           = "ami-0123456789abcdef0"
  instance_type = "t3.micro"
  subnet_id     = aws_subnet.handed.id
}

resource "aws_lambda_function" "worker" {
  function_name = "worker"
  role          = "arn:aws:iam::123456789012:role/worker"
  runtime       = "python3.12"
  handler       = "index.handler"
  filename      = "worker.zip"

  vpc_config {
    subnet_ids         = var.worker_subnet_ids
    security_group_ids = ["sg-0123456789abcdef0"]
  }
}

# A network configuration: its NAT-routed subnet is an output, for what other configurations run in it.
resource "aws_vpc" "shared" { # expect: AWS-VPC-S3-GATEWAY-ENDPOINT
  cidr_block = "10.3.0.0/16"
}

resource "aws_subnet" "shared_public" {
  vpc_id     = aws_vpc.shared.id
  cidr_block = "10.3.0.0/24"
}

resource "aws_subnet" "shared_private" {
  vpc_id     = aws_vpc.shared.id
  cidr_block = "10.3.1.0/24"
}

resource "aws_nat_gateway" "shared" {
  subnet_id     = aws_subnet.shared_public.id
  allocation_id = "eipalloc-0123456789abcdef3"
}

resource "aws_route_table" "shared_private" {
  vpc_id = aws_vpc.shared.id

  route {
    cidr_block     = "0.0.0.0/0"
    nat_gateway_id = aws_nat_gateway.shared.id
  }
}

resource "aws_route_table_association" "shared_private" {
  subnet_id      = aws_subnet.shared_private.id
  route_table_id = aws_route_table.shared_private.id
}

resource "aws_instance" "shared_bastion" {
  ami           = "ami-0123456789abcdef0"
  instance_type = "t3.micro"
  subnet_id     = aws_subnet.shared_public.id
}

output "private_subnet_id" {
  value = aws_subnet.shared_private.id
}
