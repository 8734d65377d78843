variable "launch_template_id" {
  type = string
}

variable "target_group_arn" {
  type = string
}

variable "health_check" {
  type    = string
  default = "EC2"
}

variable "environment" {
  type    = string
  default = "dev"
}

locals {
  subnets = ["subnet-0a1b2c3d", "subnet-4e5f6a7b"]
}

resource "aws_autoscaling_group" "explicit" {
  min_size            = 2
  max_size            = 4
  vpc_zone_identifier = local.subnets
  target_group_arns   = [var.target_group_arn]
  health_check_type   = "EC2" # expect: AWS-ASG-ELB-HEALTH-CHECK

  launch_template {
    id      = var.launch_template_id
    version = "1"
  }
}

resource "aws_autoscaling_group" "classic" { # expect: AWS-ASG-ELB-HEALTH-CHECK
  min_size            = 2
  max_size            = 4
  vpc_zone_identifier = local.subnets
  load_balancers      = ["web-classic-lb"]

  launch_template {
    id      = var.launch_template_id
    version = "1"
  }
}

resource "aws_autoscaling_group" "from_variable" {
  min_size            = 2
  max_size            = 4
  vpc_zone_identifier = local.subnets
  target_group_arns   = [var.target_group_arn]
  health_check_type   = var.health_check # expect: AWS-ASG-ELB-HEALTH-CHECK

  launch_template {
    id      = var.launch_template_id
    version = "1"
  }
}

resource "aws_autoscaling_group" "per_environment" {
  min_size            = 2
  max_size            = 4
  vpc_zone_identifier = local.subnets
  health_check_type   = var.environment == "prod" ? "ELB" : "EC2" # expect: AWS-ASG-ELB-HEALTH-CHECK

  traffic_source {
    identifier = var.target_group_arn
    type       = "elbv2"
  }

  launch_template {
    id      = var.launch_template_id
    version = "1"
  }
}

# Registered with the target group by a separate attachment.
resource "aws_autoscaling_group" "attached" { # expect: AWS-ASG-ELB-HEALTH-CHECK
  min_size            = 2
  max_size            = 4
  vpc_zone_identifier = local.subnets

  launch_template {
    id      = var.launch_template_id
    version = "1"
  }
}

resource "aws_autoscaling_attachment" "attached" {
  autoscaling_group_name = aws_autoscaling_group.attached.id
  lb_target_group_arn    = var.target_group_arn
}
