resource "aws_ecs_task_definition" "agent" {
  family = "node-agent"
  network_mode = "host" # expect: CONTAINER-HOST-NETWORK
  container_definitions = jsonencode([
    { name = "agent", image = "registry.example.com/node-agent:2.4.1", memory = 256 },
  ])
}
