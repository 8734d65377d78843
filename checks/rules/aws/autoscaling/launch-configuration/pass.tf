variable "image_id" {
  type = string
}

resource "aws_launch_template" "web" {
  image_id      = var.image_id
  instance_type = "m7g.large"
}

resource "aws_autoscaling_group" "web" {
  min_size           = 1
  max_size           = 3
  availability_zones = ["eu-west-1a", "eu-west-1b"]

  launch_template {
    id      = aws_launch_template.web.id
    version = aws_launch_template.web.latest_version
  }
}
