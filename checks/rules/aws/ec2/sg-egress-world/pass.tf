variable "egress_range" {
  type = string
}

# Terraform removes AWS's default egress rule: with no egress block the group allows no outbound traffic.
resource "aws_security_group" "locked" {
  name        = "locked"
  description = "No outbound traffic"
}

resource "aws_security_group" "web" {
  name        = "web"
  description = "Web tier"

  ingress {
    protocol    = "tcp"
    from_port   = 443
    to_port     = 443
    cidr_blocks = ["0.0.0.0/0"]
  }

  egress {
    protocol    = "tcp"
    from_port   = 443
    to_port     = 443
    cidr_blocks = ["0.0.0.0/0"]
  }

  egress {
    description = "Anything inside the VPC"
    protocol    = "-1"
    from_port   = 0
    to_port     = 0
    cidr_blocks = ["172.16.0.0/12"]
  }

  egress {
    protocol        = "-1"
    from_port       = 0
    to_port         = 0
    prefix_list_ids = ["pl-63a5400a"]
  }
}

# Known only when the plan is made.
resource "aws_vpc_security_group_egress_rule" "partner" {
  security_group_id = aws_security_group.web.id
  ip_protocol       = "-1"
  cidr_ipv4         = var.egress_range
}
