variable "launch_template_id" {
  type = string
}

variable "subnets" {
  type = list(string)
}

data "aws_availability_zones" "available" {
  state = "available"
}

resource "aws_subnet" "private" {
  count             = 3
  vpc_id            = "vpc-0a1b2c3d"
  cidr_block        = cidrsubnet("10.0.0.0/16", 8, count.index)
  availability_zone = data.aws_availability_zones.available.names[count.index]
}

resource "aws_autoscaling_group" "two_subnets" {
  min_size = 2
  max_size = 4
  vpc_zone_identifier = [
    "subnet-0a1b2c3d",
    "subnet-4e5f6a7b",
  ]

  launch_template {
    id      = var.launch_template_id
    version = "1"
  }
}

resource "aws_autoscaling_group" "every_zone" {
  min_size           = 2
  max_size           = 4
  availability_zones = data.aws_availability_zones.available.names

  launch_template {
    id      = var.launch_template_id
    version = "1"
  }
}

resource "aws_autoscaling_group" "every_private_subnet" {
  min_size            = 2
  max_size            = 4
  vpc_zone_identifier = aws_subnet.private[*].id

  launch_template {
    id      = var.launch_template_id
    version = "1"
  }
}

resource "aws_autoscaling_group" "two_selected_zones" {
  min_size = 2
  max_size = 4
  availability_zones = [
    data.aws_availability_zones.available.names[0],
    data.aws_availability_zones.available.names[1],
  ]

  launch_template {
    id      = var.launch_template_id
    version = "1"
  }
}

resource "aws_autoscaling_group" "decided_at_apply_time" {
  min_size            = 2
  max_size            = 4
  vpc_zone_identifier = var.subnets

  launch_template {
    id      = var.launch_template_id
    version = "1"
  }
}

resource "aws_autoscaling_group" "split" {
  min_size            = 2
  max_size            = 4
  vpc_zone_identifier = split(",", var.subnets[0])

  launch_template {
    id      = var.launch_template_id
    version = "1"
  }
}
