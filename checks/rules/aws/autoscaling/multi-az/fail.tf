variable "launch_template_id" {
  type = string
}

variable "subnets" {
  type    = list(string)
  default = ["subnet-0a1b2c3d"]
}

variable "environment" {
  type    = string
  default = "dev"
}

data "aws_availability_zones" "available" {
  state = "available"
}

locals {
  private_subnets = ["subnet-0a1b2c3d"]
}

resource "aws_autoscaling_group" "single_subnet" {
  min_size            = 1
  max_size            = 2
  vpc_zone_identifier = ["subnet-0a1b2c3d"] # expect: AWS-ASG-MULTI-AZ

  launch_template {
    id      = var.launch_template_id
    version = "1"
  }
}

resource "aws_autoscaling_group" "first_zone_only" {
  min_size           = 1
  max_size           = 2
  availability_zones = [data.aws_availability_zones.available.names[0]] # expect: AWS-ASG-MULTI-AZ

  launch_template {
    id      = var.launch_template_id
    version = "1"
  }
}

resource "aws_autoscaling_group" "default_subnet_list" {
  min_size            = 1
  max_size            = 2
  vpc_zone_identifier = var.subnets # expect: AWS-ASG-MULTI-AZ

  launch_template {
    id      = var.launch_template_id
    version = "1"
  }
}

resource "aws_autoscaling_group" "from_local" {
  min_size            = 1
  max_size            = 2
  vpc_zone_identifier = local.private_subnets # expect: AWS-ASG-MULTI-AZ

  launch_template {
    id      = var.launch_template_id
    version = "1"
  }
}

resource "aws_autoscaling_group" "prod_only_spread" {
  min_size            = 1
  max_size            = 2
  vpc_zone_identifier = var.environment == "prod" ? ["subnet-0a1b2c3d", "subnet-4e5f6a7b"] : ["subnet-0a1b2c3d"] # expect: AWS-ASG-MULTI-AZ

  launch_template {
    id      = var.launch_template_id
    version = "1"
  }
}

# The same subnet twice is still one zone.
resource "aws_autoscaling_group" "repeated_subnet" {
  min_size            = 1
  max_size            = 2
  vpc_zone_identifier = [aws_subnet.private.id, aws_subnet.private.id] # expect: AWS-ASG-MULTI-AZ

  launch_template {
    id      = var.launch_template_id
    version = "1"
  }
}

resource "aws_subnet" "private" {
  vpc_id     = "vpc-0a1b2c3d"
  cidr_block = "10.0.1.0/24"
}
