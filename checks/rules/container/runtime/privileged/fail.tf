resource "aws_ecs_task_definition" "agent" {
  family       = "node-agent"
  network_mode = "bridge"
  container_definitions = jsonencode([ # expect: CONTAINER-PRIVILEGED
    {
      name       = "agent"
      image      = "registry.example.com/node-agent:2.4.1"
      memory     = 256
      privileged = true
    },
  ])
}

resource "aws_ecs_task_definition" "builder" {
  family                = "builder"
  container_definitions = <<-JSON # expect: CONTAINER-PRIVILEGED
    [{"name": "dind", "image": "docker:26-dind", "memory": 2048, "privileged": true}]
  JSON
}
