resource "aws_ecs_task_definition" "worker" {
  family = "worker"
  container_definitions = jsonencode([
    {
      name   = "worker"
      image  = "registry.example.com/worker:2.0.0"
      memory = 512
      # Runtimes read capability names without regard to case.
      linuxParameters = { capabilities = { drop = ["all"] } }
    },
  ])
}
