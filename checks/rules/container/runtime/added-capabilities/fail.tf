resource "aws_ecs_task_definition" "vpn" {
  family = "vpn"
  container_definitions = jsonencode([ # expect: CONTAINER-ADDED-CAPABILITIES
    {
      name   = "wireguard"
      image  = "registry.example.com/wireguard:1.0.20210914"
      memory = 256
      linuxParameters = {
        capabilities = { drop = ["ALL"], add = ["NET_ADMIN", "SYS_MODULE"] }
      }
    },
  ])
}
