variable "public_addresses" {
  type = bool
}

resource "aws_ecs_service" "web" {
  name            = "web"
  cluster         = "main"
  task_definition = "web:1"
  launch_type     = "FARGATE"

  network_configuration {
    subnets          = ["subnet-0123456789abcdef0"]
    assign_public_ip = false
  }
}

# Not written: the provider's default is false.
resource "aws_ecs_service" "worker" {
  name            = "worker"
  cluster         = "main"
  task_definition = "worker:1"

  network_configuration {
    subnets = ["subnet-0123456789abcdef0"]
  }
}

# Decided when the plan is made.
resource "aws_ecs_service" "chosen" {
  name            = "chosen"
  cluster         = "main"
  task_definition = "chosen:1"

  network_configuration {
    subnets          = ["subnet-0123456789abcdef0"]
    assign_public_ip = var.public_addresses
  }
}
