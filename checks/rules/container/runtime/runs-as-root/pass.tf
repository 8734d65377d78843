variable "app_user" {
  type = string
}

resource "aws_ecs_task_definition" "web" {
  family = "web"
  container_definitions = jsonencode([
    { name = "web", image = "nginxinc/nginx-unprivileged:1.27", memory = 256, user = "nginx" },
    { name = "api", image = "registry.example.com/api:1.8.0", memory = 256, user = "10001:10001" },
  ])
}

resource "aws_ecs_task_definition" "tool" {
  family = "tool"
  container_definitions = jsonencode([
    { name = "tool", image = "registry.example.com/tool:1.1.0", memory = 128, user = var.app_user },
  ])
}
