resource "aws_ecs_task_definition" "web" {
  family                   = "web"
  network_mode             = "awsvpc"
  requires_compatibilities = ["FARGATE"]
  cpu                      = 256
  memory                   = 512
  container_definitions = jsonencode([
    { name = "web", image = "registry.example.com/web:3.2.0", privileged = false },
    { name = "proxy", image = "envoyproxy/envoy:v1.30.1" },
  ])
}
