variable "egress_range" {
  type    = string
  default = "::/0"
}

locals {
  environment = "dev"
  everywhere  = "0.0.0.0/0"
}

resource "aws_security_group" "app" {
  name        = "app"
  description = "Application servers"

  egress {
    protocol         = "-1"
    from_port        = 0
    to_port          = 0
    cidr_blocks      = ["0.0.0.0/0"] # expect: AWS-EC2-SG-EGRESS-WORLD
    ipv6_cidr_blocks = [var.egress_range] # expect: AWS-EC2-SG-EGRESS-WORLD
  }
}

resource "aws_security_group" "workers" {
  for_each    = toset(["batch", "stream"])
  name        = "workers-${each.key}"
  description = "Workers"
}

resource "aws_security_group_rule" "workers_out" {
  for_each          = aws_security_group.workers
  type              = "egress"
  security_group_id = each.value.id
  protocol          = "all"
  from_port         = 0
  to_port           = 0
  cidr_blocks       = [local.everywhere] # expect: AWS-EC2-SG-EGRESS-WORLD, AWS-EC2-SG-EGRESS-WORLD
}

resource "aws_vpc_security_group_egress_rule" "dev_only" {
  security_group_id = aws_security_group.app.id
  ip_protocol       = local.environment == "prod" ? "tcp" : "-1"
  from_port         = 443
  to_port           = 443
  cidr_ipv4         = "0.0.0.0/0" # expect: AWS-EC2-SG-EGRESS-WORLD
}
