variable "public_range" {
  type    = string
  default = "::/0"
}

locals {
  environment = "dev"
  everywhere  = "0.0.0.0/0"
}

resource "aws_security_group" "wide_open" {
  name        = "wide-open"
  description = "Everything from everywhere"

  ingress {
    protocol    = "-1"
    from_port   = 0
    to_port     = 0
    cidr_blocks = ["0.0.0.0/0"] # expect: AWS-EC2-SG-OPEN-ALL-PORTS
  }

  ingress {
    protocol         = "tcp"
    from_port        = 0
    to_port          = 65535
    ipv6_cidr_blocks = [var.public_range] # expect: AWS-EC2-SG-OPEN-ALL-PORTS
  }
}

resource "aws_security_group_rule" "udp_everything" {
  type              = "ingress"
  security_group_id = aws_security_group.wide_open.id
  protocol          = "udp"
  from_port         = 0
  to_port           = 65535
  cidr_blocks       = [local.everywhere] # expect: AWS-EC2-SG-OPEN-ALL-PORTS
}

resource "aws_vpc_security_group_ingress_rule" "dev_only" {
  security_group_id = aws_security_group.wide_open.id
  ip_protocol       = local.environment == "prod" ? "tcp" : "-1"
  from_port         = 443
  to_port           = 443
  cidr_ipv4         = "0.0.0.0/0" # expect: AWS-EC2-SG-OPEN-ALL-PORTS
}

resource "aws_vpc_security_group_ingress_rule" "all_v6" {
  security_group_id = aws_security_group.wide_open.id
  ip_protocol       = "-1"
  cidr_ipv6         = "::/0" # expect: AWS-EC2-SG-OPEN-ALL-PORTS
}
