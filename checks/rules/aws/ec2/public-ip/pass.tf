variable "public_address" {
  type = bool
}

resource "aws_instance" "app" {
  ami                         = "ami-0abcdef1234567890"
  instance_type               = "m7g.large"
  associate_public_ip_address = false
}

# Nothing written: the subnet's own setting decides (AWS-VPC-SUBNET-PUBLIC-IP reports that).
resource "aws_instance" "plain" {
  ami           = "ami-0abcdef1234567890"
  instance_type = "m7g.large"
}

resource "aws_launch_template" "web" {
  name_prefix   = "web-"
  instance_type = "m7g.large"

  network_interfaces {
    device_index                = 0
    associate_public_ip_address = "false"
  }
}

# Decided when the plan is made.
resource "aws_launch_configuration" "legacy" {
  image_id                    = "ami-0abcdef1234567890"
  instance_type               = "t3.micro"
  associate_public_ip_address = var.public_address
}
