variable "launch_template_id" {
  type = string
}

variable "max_instances" {
  type = number
}

variable "pools" {
  type    = map(number)
  default = { blue = 6, green = 6 }
}

resource "aws_autoscaling_group" "web" {
  min_size            = 2
  max_size            = 10
  vpc_zone_identifier = ["subnet-0a1b2c3d", "subnet-4e5f6a7b"]

  launch_template {
    id      = var.launch_template_id
    version = "1"
  }
}

resource "aws_autoscaling_policy" "web_cpu" {
  name                   = "cpu-target-tracking"
  autoscaling_group_name = aws_autoscaling_group.web.name
  policy_type            = "TargetTrackingScaling"

  target_tracking_configuration {
    predefined_metric_specification {
      predefined_metric_type = "ASGAverageCPUUtilization"
    }
    target_value = 50
  }
}

resource "aws_autoscaling_group" "office" {
  name                = "office-hours"
  min_size            = 0
  max_size            = 4
  vpc_zone_identifier = ["subnet-0a1b2c3d", "subnet-4e5f6a7b"]

  launch_template {
    id      = var.launch_template_id
    version = "1"
  }
}

resource "aws_autoscaling_schedule" "office_morning" {
  scheduled_action_name  = "office-morning"
  autoscaling_group_name = "office-hours"
  desired_capacity       = 4
  recurrence             = "0 8 * * 1-5"
}

resource "aws_autoscaling_group" "single" {
  min_size            = 1
  max_size            = 1
  vpc_zone_identifier = ["subnet-0a1b2c3d", "subnet-4e5f6a7b"]

  launch_template {
    id      = var.launch_template_id
    version = "1"
  }
}

resource "aws_autoscaling_group" "decided_at_apply_time" {
  min_size            = 1
  max_size            = var.max_instances
  vpc_zone_identifier = ["subnet-0a1b2c3d", "subnet-4e5f6a7b"]

  launch_template {
    id      = var.launch_template_id
    version = "1"
  }
}

resource "aws_autoscaling_group" "pool" {
  for_each            = var.pools
  min_size            = 1
  max_size            = each.value
  vpc_zone_identifier = ["subnet-0a1b2c3d", "subnet-4e5f6a7b"]

  launch_template {
    id      = var.launch_template_id
    version = "1"
  }
}

resource "aws_autoscaling_policy" "pool_cpu" {
  for_each               = var.pools
  name                   = "cpu-${each.key}"
  autoscaling_group_name = aws_autoscaling_group.pool[each.key].name
  policy_type            = "TargetTrackingScaling"

  target_tracking_configuration {
    predefined_metric_specification {
      predefined_metric_type = "ASGAverageCPUUtilization"
    }
    target_value = 50
  }
}

# ECS scales the group through its capacity provider.
resource "aws_autoscaling_group" "cluster" {
  min_size            = 1
  max_size            = 10
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
      status          = "ENABLED"
      target_capacity = 90
    }
  }
}

# A fixed-size group (min_size = max_size) keeps three workers running; there is nothing to scale.
variable "worker_count" {
  type    = number
  default = 3
}

resource "aws_autoscaling_group" "fixed_workers" {
  min_size            = var.worker_count
  max_size            = var.worker_count
  vpc_zone_identifier = ["subnet-0a1b2c3d", "subnet-4e5f6a7b"]
  launch_template {
    id      = "lt-0123456789abcdef0"
    version = "1"
  }
}
