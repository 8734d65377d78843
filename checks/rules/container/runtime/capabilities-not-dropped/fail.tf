resource "aws_ecs_task_definition" "api" {
  family = "api"
  container_definitions = jsonencode([ # expect: CONTAINER-CAPABILITIES-NOT-DROPPED
    { name = "api", image = "registry.example.com/api:1.8.0", memory = 512 },
  ])
}

resource "aws_ecs_task_definition" "worker" {
  family = "worker"
  container_definitions = jsonencode([ # expect: CONTAINER-CAPABILITIES-NOT-DROPPED
    {
      name            = "worker"
      image           = "registry.example.com/worker:2.0.0"
      memory          = 512
      linuxParameters = { capabilities = { drop = ["NET_RAW"] } }
    },
  ])
}
