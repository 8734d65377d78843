resource "aws_ecs_task_definition" "web" {
  family = "web"
  container_definitions = jsonencode([
    {
      name            = "nginx"
      image           = "nginx:1.27"
      memory          = 256
      linuxParameters = { capabilities = { drop = ["ALL"], add = ["NET_BIND_SERVICE"] } }
    },
    { name = "app", image = "registry.example.com/app:1.0.0", memory = 256 },
  ])
}
