variable "subnets" {
  type = list(string)
}

variable "drop_headers" {
  type    = bool
  default = false
}

resource "aws_lb" "web" { # expect: AWS-ELB-DROP-INVALID-HEADERS
  name    = "web"
  subnets = var.subnets
}

resource "aws_lb" "explicit" {
  name                       = "explicit"
  load_balancer_type         = "application"
  subnets                    = var.subnets
  drop_invalid_header_fields = false # expect: AWS-ELB-DROP-INVALID-HEADERS
}

resource "aws_lb" "from_variable" {
  name                       = "from-variable"
  subnets                    = var.subnets
  drop_invalid_header_fields = var.drop_headers # expect: AWS-ELB-DROP-INVALID-HEADERS
}

resource "aws_lb" "per_team" {
  for_each                   = { billing = false }
  name                       = each.key
  subnets                    = var.subnets
  drop_invalid_header_fields = each.value # expect: AWS-ELB-DROP-INVALID-HEADERS
}
