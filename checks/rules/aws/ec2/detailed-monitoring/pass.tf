variable "image_id" {
  type = string
}

variable "detailed" {
  type = bool
}

resource "aws_instance" "web" {
  ami           = var.image_id
  instance_type = "m7g.large"
  monitoring    = true
}

resource "aws_launch_template" "web" {
  image_id      = var.image_id
  instance_type = "m7g.large"

  monitoring {
    enabled = true
  }
}

resource "aws_instance" "from_template" {
  launch_template {
    id = aws_launch_template.web.id
  }
}

resource "aws_instance" "decided_at_apply" {
  ami           = var.image_id
  instance_type = "m7g.large"
  monitoring    = var.detailed
}

resource "aws_launch_configuration" "legacy" {
  image_id      = var.image_id
  instance_type = "m5.large"
}
