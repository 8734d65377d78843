variable "image_id" {
  type = string
}

variable "existing_instance_id" {
  type = string
}

variable "public_subnet_ids" {
  type = list(string)
}

resource "aws_instance" "web" {
  ami           = var.image_id
  instance_type = "t3.micro"
}

resource "aws_eip" "web" {
  domain   = "vpc"
  instance = aws_instance.web.id
}

resource "aws_eip" "existing" {
  domain   = "vpc"
  instance = var.existing_instance_id
}

resource "aws_eip" "associated" {
  domain = "vpc"
}

resource "aws_eip_association" "web" {
  allocation_id = aws_eip.associated.id
  instance_id   = aws_instance.web.id
}

resource "aws_eip" "nat" {
  count  = 2
  domain = "vpc"
}

resource "aws_nat_gateway" "public" {
  count         = 2
  allocation_id = aws_eip.nat[count.index].id
  subnet_id     = var.public_subnet_ids[count.index]
}

resource "aws_eip" "nlb" {
  domain = "vpc"
}

resource "aws_lb" "network" {
  load_balancer_type = "network"

  subnet_mapping {
    subnet_id     = var.public_subnet_ids[0]
    allocation_id = aws_eip.nlb.id
  }
}

# Associated by the instance itself at boot: this check cannot follow that.
resource "aws_eip" "self_associated" {
  domain = "vpc"
}

resource "aws_instance" "bastion" {
  ami           = var.image_id
  instance_type = "t3.micro"
  user_data     = <<-EOT
    #!/bin/bash
    aws ec2 associate-address --allocation-id ${aws_eip.self_associated.allocation_id} --instance-id "$(ec2-metadata -i | cut -d' ' -f2)"
  EOT
}

# Exported for another configuration to associate.
resource "aws_eip" "exported" {
  domain = "vpc"
}

output "exported_allocation_id" {
  value = aws_eip.exported.allocation_id
}
