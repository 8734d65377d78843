# Containers of one task may share a process namespace (task); left out, each container has its own.
resource "aws_ecs_task_definition" "app" {
  family   = "app"
  pid_mode = "task"
  container_definitions = jsonencode([
    { name = "app", image = "registry.example.com/app:1.0.0", memory = 256 },
    { name = "debugger", image = "registry.example.com/debugger:1.0.0", memory = 128, essential = false },
  ])
}

resource "aws_ecs_task_definition" "web" {
  family                = "web"
  container_definitions = jsonencode([{ name = "web", image = "registry.example.com/web:3.2.0", memory = 256 }])
}
