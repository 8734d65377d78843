variable "launch_template_id" {
  type = string
}

variable "health_check" {
  type = string
}

variable "target_group_arns" {
  type = list(string)
}

variable "group_name" {
  type = string
}

resource "aws_lb_target_group" "web" {
  port     = 80
  protocol = "HTTP"
  vpc_id   = "vpc-0a1b2c3d"
}

resource "aws_autoscaling_group" "web" {
  min_size                  = 2
  max_size                  = 4
  vpc_zone_identifier       = ["subnet-0a1b2c3d", "subnet-4e5f6a7b"]
  target_group_arns         = [aws_lb_target_group.web.arn]
  health_check_type         = "ELB"
  health_check_grace_period = 300

  launch_template {
    id      = var.launch_template_id
    version = "1"
  }
}

# Not behind a load balancer: EC2 health checks are all there is.
resource "aws_autoscaling_group" "workers" {
  min_size            = 1
  max_size            = 4
  vpc_zone_identifier = ["subnet-0a1b2c3d", "subnet-4e5f6a7b"]

  launch_template {
    id      = var.launch_template_id
    version = "1"
  }
}

resource "aws_autoscaling_group" "decided_at_apply_time" {
  min_size            = 2
  max_size            = 4
  vpc_zone_identifier = ["subnet-0a1b2c3d", "subnet-4e5f6a7b"]
  target_group_arns   = [aws_lb_target_group.web.arn]
  health_check_type   = var.health_check

  launch_template {
    id      = var.launch_template_id
    version = "1"
  }
}

resource "aws_autoscaling_group" "maybe_behind_load_balancer" {
  min_size            = 2
  max_size            = 4
  vpc_zone_identifier = ["subnet-0a1b2c3d", "subnet-4e5f6a7b"]
  target_group_arns   = var.target_group_arns

  launch_template {
    id      = var.launch_template_id
    version = "1"
  }
}

# Attached to a group named only at apply time, which may not be this one.
resource "aws_autoscaling_group" "named" {
  name                = var.group_name
  min_size            = 2
  max_size            = 4
  vpc_zone_identifier = ["subnet-0a1b2c3d", "subnet-4e5f6a7b"]

  launch_template {
    id      = var.launch_template_id
    version = "1"
  }
}

resource "aws_autoscaling_attachment" "somewhere" {
  autoscaling_group_name = "${var.group_name}-blue"
  lb_target_group_arn    = aws_lb_target_group.web.arn
}
