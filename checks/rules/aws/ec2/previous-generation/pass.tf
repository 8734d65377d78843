variable "image_id" {
  type = string
}

variable "instance_type" {
  type = string
}

variable "shared_template_id" {
  type = string
}

resource "aws_instance" "current" {
  ami           = var.image_id
  instance_type = "m7i.large"
}

resource "aws_instance" "chosen" {
  ami           = var.image_id
  instance_type = var.instance_type
}

resource "aws_instance" "from_shared_template" {
  launch_template {
    id      = var.shared_template_id
    version = "1"
  }
}

# No instance type: whoever launches from the template chooses it.
resource "aws_launch_template" "flexible" {
  image_id = var.image_id
}

# The type is chosen from requirements at launch.
resource "aws_launch_template" "by_requirements" {
  image_id = var.image_id

  instance_requirements {
    vcpu_count {
      min = 2
    }
    memory_mib {
      min = 4096
    }
  }
}

resource "aws_launch_configuration" "current" {
  image_id      = var.image_id
  instance_type = "c7g.large"
}
