variable "office_cidr" {
  type = string
}

variable "vpn_cidrs" {
  type    = list(string)
  default = ["203.0.113.0/24", "198.51.100.0/24"]
}

resource "aws_security_group" "web" {
  name        = "web"
  description = "HTTPS from everywhere, SSH from the office"

  ingress {
    protocol    = "tcp"
    from_port   = 443
    to_port     = 443
    cidr_blocks = ["0.0.0.0/0"]
  }

  ingress {
    protocol    = "tcp"
    from_port   = 22
    to_port     = 22
    cidr_blocks = var.vpn_cidrs
  }

  ingress {
    protocol         = "tcp"
    from_port        = 3389
    to_port          = 3389
    cidr_blocks      = ["10.0.0.0/8"]
    ipv6_cidr_blocks = ["2001:db8::/32"]
  }

  egress {
    protocol    = "-1"
    from_port   = 0
    to_port     = 0
    cidr_blocks = ["0.0.0.0/0"]
  }
}

# Known only when the plan is made.
resource "aws_vpc_security_group_ingress_rule" "office_ssh" {
  security_group_id = aws_security_group.web.id
  ip_protocol       = "tcp"
  from_port         = 22
  to_port           = 22
  cidr_ipv4         = var.office_cidr
}

resource "aws_security_group_rule" "ssh_out" {
  type              = "egress"
  security_group_id = aws_security_group.web.id
  protocol          = "tcp"
  from_port         = 22
  to_port           = 22
  cidr_blocks       = ["0.0.0.0/0"]
}

resource "aws_security_group" "bastion" {
  name        = "bastion"
  description = "Reached by Session Manager"
}

resource "aws_vpc_security_group_ingress_rule" "from_bastion" {
  security_group_id            = aws_security_group.web.id
  ip_protocol                  = "tcp"
  from_port                    = 22
  to_port                      = 22
  referenced_security_group_id = aws_security_group.bastion.id
}
