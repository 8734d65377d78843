variable "subnets" {
  type = list(string)
}

variable "template_id" {
  type = string
}

variable "group_names" {
  type = list(string)
}

resource "aws_sns_topic" "ops" {
  name              = "ops"
  kms_master_key_id = "alias/aws/sns"
}

resource "aws_autoscaling_group" "web" {
  name                = "web"
  min_size            = 2
  max_size            = 4
  vpc_zone_identifier = var.subnets

  launch_template {
    id      = var.template_id
    version = "$Latest"
  }
}

resource "aws_autoscaling_group" "per_queue" {
  for_each            = toset(["orders", "emails"])
  name                = "worker-${each.key}"
  min_size            = 1
  max_size            = 3
  vpc_zone_identifier = var.subnets

  launch_template {
    id      = var.template_id
    version = "$Latest"
  }
}

resource "aws_autoscaling_notification" "ops" {
  group_names   = [aws_autoscaling_group.web.name, aws_autoscaling_group.per_queue["orders"].name, aws_autoscaling_group.per_queue["emails"].name]
  topic_arn     = aws_sns_topic.ops.arn
  notifications = ["autoscaling:EC2_INSTANCE_LAUNCH_ERROR", "autoscaling:EC2_INSTANCE_TERMINATE_ERROR"]
}
