variable "image_id" {
  type = string
}

variable "instance_type" {
  type    = string
  default = "c5.xlarge"
}

variable "environment" {
  type    = string
  default = "dev"
}

locals {
  sizes = {
    web = "r5.large"
  }
}

resource "aws_instance" "app" {
  ami           = var.image_id
  instance_type = "m5.large" # expect: AWS-EC2-GRAVITON
}

resource "aws_instance" "batch" {
  ami           = var.image_id
  instance_type = var.instance_type # expect: AWS-EC2-GRAVITON
}

resource "aws_launch_template" "web" {
  image_id      = var.image_id
  instance_type = local.sizes["web"] # expect: AWS-EC2-GRAVITON
}

# Uses the web template: the suggestion is made once, on the template.
resource "aws_autoscaling_group" "web" {
  min_size            = 1
  max_size            = 4
  vpc_zone_identifier = ["subnet-0a1b2c3d", "subnet-4e5f6a7b"]

  launch_template {
    id      = aws_launch_template.web.id
    version = "$Latest"
  }
}

resource "aws_instance" "from_template" {
  launch_template {
    id = aws_launch_template.web.id
  }
}

resource "aws_launch_configuration" "burst" {
  image_id      = var.image_id
  instance_type = var.environment == "prod" ? "t4g.medium" : "t3.medium" # expect: AWS-EC2-GRAVITON
}
