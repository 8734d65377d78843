variable "subnets" {
  type = list(string)
}

resource "aws_lb" "web" {
  name    = "web"
  subnets = var.subnets
}

resource "aws_lb" "tcp" {
  name               = "tcp"
  load_balancer_type = "network"
  subnets            = var.subnets
}
