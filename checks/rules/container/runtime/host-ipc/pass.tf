variable "ipc_mode" {
  type    = string
  default = "none"
}

# none: no IPC shared at all; task: shared between the task's containers only; a variable is not judged.
resource "aws_ecs_task_definition" "render" {
  family                = "render"
  ipc_mode              = "none"
  container_definitions = jsonencode([{ name = "render", image = "registry.example.com/render:2.1.0", memory = 1024 }])
}

resource "aws_ecs_task_definition" "browser" {
  family   = "browser"
  ipc_mode = var.ipc_mode
  container_definitions = jsonencode([
    { name = "chrome", image = "selenium/standalone-chrome:126.0", memory = 2048 },
  ])
}
