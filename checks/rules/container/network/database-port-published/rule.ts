import { databasePortLabel, databasePorts } from '../../../database-ports.ts';
import { defineRule } from '../../../rule.ts';

/** Addresses that bind every interface of the host. */
const everyInterface = new Set(['0.0.0.0', '::', '']);

export default defineRule({
  id: 'CONTAINER-DATABASE-PORT-PUBLISHED',
  title: 'Database ports are not published on every host interface',
  problem: 'Container publishes a database port on every host interface',
  pillar: 'security',
  severity: 'high',
  rationale:
    'A port published without a host address is reachable on every interface of the host, public ones included, and Docker inserts its own firewall rules ahead of the host firewall. Databases and caches reached that way are probed constantly for weak passwords and unauthenticated defaults; let the application reach them over the container network, or bind the port to 127.0.0.1.',
  guide: 'private-databases',
  reads: ['workload'],
  messages: {
    published: 'container {container} publishes {database} on host port {hostPort} of every interface',
    randomPort: 'container {container} publishes {database} on a random host port of every interface',
  },
  fix: {
    compose: `services:
  db:
    image: postgres:16.4
    ports:
      - "127.0.0.1:5432:5432"   # local tools only; or no ports: the app uses the service name`,
    kubernetes: `containers:
  - name: postgres
    ports:
      - containerPort: 5432   # no hostPort: reach it through a ClusterIP Service`,
    cloudformation: `Type: AWS::ECS::TaskDefinition
Properties:
  NetworkMode: awsvpc   # the task gets its own interface, guarded by its security group
  ContainerDefinitions:
    - Name: db
      PortMappings:
        - ContainerPort: 5432`,
    terraform: `resource "aws_ecs_task_definition" "db" {
  network_mode = "awsvpc" # the task gets its own interface, guarded by its security group
  container_definitions = jsonencode([{
    name         = "db"
    portMappings = [{ containerPort = 5432 }]
  }])
}`,
  },
  equivalents: { checkov: ['CKV_K8S_26'], trivy: ['AVD-KSV-0024'], kics: ['451d79dc-0588-476a-ad03-3c7f0320abb3'], polaris: ['hostPortSet'] },

  check(model, report) {
    for (const workload of model.of('workload'))
      for (const container of workload.containers)
        for (const port of container.publishedPorts) {
          // The database listens on the container port; the host port may be any number (0 or none: a dynamic one).
          const listening = port.containerPort ?? port.hostPort;
          if (listening === undefined || databasePorts[listening] === undefined) continue;
          if (port.hostIp !== undefined && !everyInterface.has(port.hostIp)) continue;
          const database = databasePortLabel(listening);
          if (!port.hostPort) report(workload, port.at, 'randomPort', { container: container.name, database });
          else report(workload, port.at, 'published', { container: container.name, database, hostPort: port.hostPort });
        }
  },
});
