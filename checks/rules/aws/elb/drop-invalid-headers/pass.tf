variable "subnets" {
  type = list(string)
}

variable "drop_headers" {
  type = bool
}

resource "aws_lb" "web" {
  name                       = "web"
  subnets                    = var.subnets
  drop_invalid_header_fields = true
}

resource "aws_lb" "decided_at_apply" {
  name                       = "decided"
  subnets                    = var.subnets
  drop_invalid_header_fields = var.drop_headers
}

resource "aws_lb" "network" {
  name               = "network"
  load_balancer_type = "network"
  subnets            = var.subnets
}
