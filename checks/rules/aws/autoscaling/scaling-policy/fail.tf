variable "launch_template_id" {
  type = string
}

variable "max_instances" {
  type    = number
  default = 6
}

variable "environment" {
  type    = string
  default = "dev"
}

locals {
  capacity = {
    batch = 8
  }
}

resource "aws_autoscaling_group" "fixed" {
  min_size            = 2
  max_size            = 4 # expect: AWS-ASG-SCALING-POLICY
  vpc_zone_identifier = ["subnet-0a1b2c3d", "subnet-4e5f6a7b"]

  launch_template {
    id      = var.launch_template_id
    version = "1"
  }
}

resource "aws_autoscaling_group" "from_variable" {
  min_size            = 1
  max_size            = var.max_instances # expect: AWS-ASG-SCALING-POLICY
  vpc_zone_identifier = ["subnet-0a1b2c3d", "subnet-4e5f6a7b"]

  launch_template {
    id      = var.launch_template_id
    version = "1"
  }
}

resource "aws_autoscaling_group" "batch" {
  min_size            = 0
  max_size            = local.capacity.batch # expect: AWS-ASG-SCALING-POLICY
  vpc_zone_identifier = ["subnet-0a1b2c3d", "subnet-4e5f6a7b"]

  launch_template {
    id      = var.launch_template_id
    version = "1"
  }
}

# A lifecycle hook does not change capacity.
resource "aws_autoscaling_lifecycle_hook" "batch" {
  name                   = "drain"
  autoscaling_group_name = aws_autoscaling_group.batch.name
  lifecycle_transition   = "autoscaling:EC2_INSTANCE_TERMINATING"
}

resource "aws_autoscaling_group" "web" {
  min_size            = 1
  max_size            = var.environment == "prod" ? 1 : 3 # expect: AWS-ASG-SCALING-POLICY
  vpc_zone_identifier = ["subnet-0a1b2c3d", "subnet-4e5f6a7b"]

  launch_template {
    id      = var.launch_template_id
    version = "1"
  }
}

# Managed scaling switched off: the capacity provider does not scale the group.
resource "aws_autoscaling_group" "cluster" {
  min_size            = 1
  max_size            = 10 # expect: AWS-ASG-SCALING-POLICY
  vpc_zone_identifier = ["subnet-0a1b2c3d", "subnet-4e5f6a7b"]

  launch_template {
    id      = var.launch_template_id
    version = "1"
  }
}

resource "aws_ecs_capacity_provider" "cluster" {
  name = "cluster"

  auto_scaling_group_provider {
    auto_scaling_group_arn = aws_autoscaling_group.cluster.arn

    managed_scaling {
      status = "DISABLED"
    }
  }
}
