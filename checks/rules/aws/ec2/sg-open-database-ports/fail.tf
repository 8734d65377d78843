variable "db_port" {
  type    = number
  default = 5432
}

locals {
  environment = "dev"
  cache_ports = {
    redis     = 6379
    memcached = 11211
  }
}

resource "aws_security_group" "database" {
  name        = "database"
  description = "Databases reachable from the internet"

  ingress {
    protocol    = "tcp"
    from_port   = 3306
    to_port     = 3306
    cidr_blocks = ["0.0.0.0/0"] # expect: AWS-EC2-SG-OPEN-DATABASE-PORTS
  }

  ingress {
    protocol         = "tcp"
    from_port        = var.db_port
    to_port          = var.db_port
    ipv6_cidr_blocks = ["::/0"] # expect: AWS-EC2-SG-OPEN-DATABASE-PORTS
  }

  ingress {
    protocol    = "6"
    from_port   = 27000
    to_port     = 28000
    cidr_blocks = ["0.0.0.0/0"] # expect: AWS-EC2-SG-OPEN-DATABASE-PORTS
  }
}

resource "aws_vpc_security_group_ingress_rule" "cache" {
  for_each          = local.cache_ports
  security_group_id = aws_security_group.database.id
  ip_protocol       = "tcp"
  from_port         = each.value
  to_port           = each.value
  cidr_ipv4         = local.environment == "prod" ? "10.0.0.0/16" : "0.0.0.0/0" # expect: AWS-EC2-SG-OPEN-DATABASE-PORTS, AWS-EC2-SG-OPEN-DATABASE-PORTS
}

resource "aws_security_group_rule" "search" {
  type              = "ingress"
  security_group_id = aws_security_group.database.id
  protocol          = "tcp"
  from_port         = 9200
  to_port           = 9200
  cidr_blocks       = ["0.0.0.0/0"] # expect: AWS-EC2-SG-OPEN-DATABASE-PORTS
}
