variable "image_id" {
  type = string
}

variable "sizes" {
  type    = map(string)
  default = { web = "t3.micro", worker = "c5.large" }
}

resource "aws_launch_configuration" "web" { # expect: AWS-ASG-LAUNCH-CONFIGURATION
  image_id      = var.image_id
  instance_type = var.sizes["web"]
}

resource "aws_launch_configuration" "per_tier" { # expect: AWS-ASG-LAUNCH-CONFIGURATION, AWS-ASG-LAUNCH-CONFIGURATION
  for_each      = var.sizes
  name_prefix   = each.key
  image_id      = var.image_id
  instance_type = each.value
}

resource "aws_autoscaling_group" "web" {
  launch_configuration = aws_launch_configuration.web.name
  min_size             = 1
  max_size             = 3
  availability_zones   = ["eu-west-1a", "eu-west-1b"]
}
