variable "public_addresses" {
  type    = bool
  default = true
}

locals {
  services = toset(["api", "admin"])
}

resource "aws_ecs_service" "web" {
  for_each        = local.services
  name            = each.key
  cluster         = "main"
  task_definition = "${each.key}:1"
  launch_type     = "FARGATE"

  network_configuration {
    subnets          = ["subnet-0123456789abcdef0"]
    assign_public_ip = true # expect: AWS-ECS-SERVICE-PUBLIC-IP, AWS-ECS-SERVICE-PUBLIC-IP
  }
}

resource "aws_ecs_service" "worker" {
  name            = "worker"
  cluster         = "main"
  task_definition = "worker:1"

  network_configuration {
    subnets          = ["subnet-0123456789abcdef0"]
    assign_public_ip = var.public_addresses # expect: AWS-ECS-SERVICE-PUBLIC-IP
  }
}
