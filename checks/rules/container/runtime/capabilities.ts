/** Linux capability names as the container rules compare them: `cap_net_admin`, `CAP_NET_ADMIN` and `NET_ADMIN` are one. */
export function capabilityName(written: string): string {
  return written.trim().toUpperCase().replace(/^CAP_/, '');
}

/** The one capability the container rules let a container add: listening on a port below 1024. */
export const harmlessCapability = 'NET_BIND_SERVICE';

/** ECS task definitions drop and add capabilities in one block: both capability rules fix it the same way. */
export const ecsCapabilitiesFix = {
  cloudformation: `Type: AWS::ECS::TaskDefinition
Properties:
  ContainerDefinitions:
    - Name: app
      LinuxParameters:
        Capabilities:
          Drop: [ALL]
          Add: [NET_BIND_SERVICE]   # only to listen below port 1024`,
  terraform: `resource "aws_ecs_task_definition" "app" {
  container_definitions = jsonencode([{
    name = "app"
    linuxParameters = {
      capabilities = {
        drop = ["ALL"]
        add  = ["NET_BIND_SERVICE"] # only to listen below port 1024
      }
    }
  }])
}`,
};
