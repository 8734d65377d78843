variable "subnets" {
  type = list(string)
}

variable "template_id" {
  type = string
}

resource "aws_autoscaling_group" "web" { # expect: AWS-ASG-NOTIFICATIONS
  name                = "web"
  min_size            = 2
  max_size            = 4
  vpc_zone_identifier = var.subnets

  launch_template {
    id      = var.template_id
    version = "$Latest"
  }
}

resource "aws_autoscaling_group" "per_queue" { # expect: AWS-ASG-NOTIFICATIONS, AWS-ASG-NOTIFICATIONS
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

resource "aws_sns_topic" "ops" {
  name              = "ops"
  kms_master_key_id = "alias/aws/sns"
}

# Notifies about another group only.
resource "aws_autoscaling_notification" "other" {
  group_names   = ["batch"]
  topic_arn     = aws_sns_topic.ops.arn
  notifications = ["autoscaling:EC2_INSTANCE_LAUNCH_ERROR"]
}
