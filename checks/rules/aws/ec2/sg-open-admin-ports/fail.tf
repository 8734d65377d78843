variable "admin_cidr" {
  type    = string
  default = "0.0.0.0/0"
}

locals {
  admin_ports = [22, 3389]
}

data "aws_security_group" "shared" {
  name = "shared-bastion"
}

resource "aws_security_group" "bastion" {
  name        = "bastion"
  description = "SSH from everywhere"

  ingress {
    protocol    = "tcp"
    from_port   = 22
    to_port     = 22
    cidr_blocks = ["10.0.0.0/8", "0.0.0.0/0"] # expect: AWS-EC2-SG-OPEN-ADMIN-PORTS
  }

  ingress {
    protocol         = "6"
    from_port        = 3000
    to_port          = 4000
    ipv6_cidr_blocks = ["::/0"] # expect: AWS-EC2-SG-OPEN-ADMIN-PORTS
  }

  # A prefix of length 0 admits every address, whatever address it is written with.
  ingress {
    protocol         = "tcp"
    from_port        = 22
    to_port          = 22
    cidr_blocks      = ["192.168.1.0/0"] # expect: AWS-EC2-SG-OPEN-ADMIN-PORTS
    ipv6_cidr_blocks = ["0::/0"]         # expect: AWS-EC2-SG-OPEN-ADMIN-PORTS
  }
}

resource "aws_security_group_rule" "rdp" {
  type              = "ingress"
  security_group_id = aws_security_group.bastion.id
  protocol          = "tcp"
  from_port         = 3389
  to_port           = 3389
  cidr_blocks       = [var.admin_cidr] # expect: AWS-EC2-SG-OPEN-ADMIN-PORTS; default: admin_cidr
}

resource "aws_vpc_security_group_ingress_rule" "ssh" {
  security_group_id = aws_security_group.bastion.id
  ip_protocol       = "tcp"
  from_port         = 22
  to_port           = 22
  cidr_ipv4         = "0.0.0.0/0" # expect: AWS-EC2-SG-OPEN-ADMIN-PORTS
}

# A group of another configuration: the rule is checked on its own.
resource "aws_vpc_security_group_ingress_rule" "shared_ssh" {
  security_group_id = data.aws_security_group.shared.id
  ip_protocol       = "tcp"
  from_port         = 22
  to_port           = 22
  cidr_ipv6         = "::/0" # expect: AWS-EC2-SG-OPEN-ADMIN-PORTS
}

resource "aws_security_group" "jump" {
  name        = "jump"
  description = "Admin ports from everywhere"

  dynamic "ingress" {
    for_each = local.admin_ports
    content {
      protocol    = "tcp"
      from_port   = ingress.value
      to_port     = ingress.value
      cidr_blocks = ["0.0.0.0/0"] # expect: AWS-EC2-SG-OPEN-ADMIN-PORTS, AWS-EC2-SG-OPEN-ADMIN-PORTS
    }
  }
}

# The VPC's default group, managed with the same blocks.
resource "aws_default_security_group" "default" {
  vpc_id = "vpc-0a1b2c3d4e5f60001"

  ingress {
    protocol    = "tcp"
    from_port   = 22
    to_port     = 22
    cidr_blocks = ["0.0.0.0/0"] # expect: AWS-EC2-SG-OPEN-ADMIN-PORTS
  }
}
