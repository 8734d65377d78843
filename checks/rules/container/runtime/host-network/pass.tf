variable "mode" {
  type = string
}

# awsvpc gives each task its own network interface; bridge (the EC2 default, also when left out) its own namespace.
resource "aws_ecs_task_definition" "web" {
  family                   = "web"
  network_mode             = "awsvpc"
  requires_compatibilities = ["FARGATE"]
  cpu                      = 256
  memory                   = 512
  container_definitions    = jsonencode([{ name = "web", image = "registry.example.com/web:3.2.0" }])
}

resource "aws_ecs_task_definition" "worker" {
  family                = "worker"
  network_mode          = "bridge"
  container_definitions = jsonencode([{ name = "worker", image = "registry.example.com/worker:2.0.0", memory = 256 }])
}

resource "aws_ecs_task_definition" "tool" {
  family                = "tool"
  network_mode          = var.mode
  container_definitions = jsonencode([{ name = "tool", image = "registry.example.com/tool:1.1.0", memory = 128 }])
}
