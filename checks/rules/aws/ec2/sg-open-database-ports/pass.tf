variable "db_cidr" {
  type = string
}

resource "aws_security_group" "app" {
  name        = "app"
  description = "Application tier"
}

resource "aws_security_group" "database" {
  name        = "database"
  description = "PostgreSQL from the application tier and the VPC"

  ingress {
    protocol        = "tcp"
    from_port       = 5432
    to_port         = 5432
    security_groups = [aws_security_group.app.id]
  }

  ingress {
    protocol    = "tcp"
    from_port   = 5432
    to_port     = 5432
    cidr_blocks = ["10.0.0.0/16"]
  }
}

resource "aws_vpc_security_group_ingress_rule" "postgres" {
  security_group_id            = aws_security_group.database.id
  ip_protocol                  = "tcp"
  from_port                    = 5432
  to_port                      = 5432
  referenced_security_group_id = aws_security_group.app.id
}

# Known only when the plan is made.
resource "aws_vpc_security_group_ingress_rule" "mysql" {
  security_group_id = aws_security_group.database.id
  ip_protocol       = "tcp"
  from_port         = 3306
  to_port           = 3306
  cidr_ipv4         = var.db_cidr
}

# HTTPS only, open to all.
resource "aws_vpc_security_group_ingress_rule" "https" {
  security_group_id = aws_security_group.app.id
  ip_protocol       = "tcp"
  from_port         = 443
  to_port           = 443
  cidr_ipv4         = "0.0.0.0/0"
}
