import { propertyName } from '../../../message.ts';
import { defineRule } from '../../../rule.ts';

export default defineRule({
  id: 'AWS-ECS-SERVICE-PUBLIC-IP',
  title: 'ECS services do not give their tasks public IP addresses',
  problem: 'ECS service gives its tasks public IP addresses',
  pillar: 'security',
  severity: 'medium',
  rationale:
    'Each task of an awsvpc service with AssignPublicIp enabled gets its own public IPv4 address, so the containers answer the internet on every port their security groups open instead of sitting behind a load balancer. Tasks in private subnets still pull images and reach AWS APIs through a NAT gateway or VPC endpoints; public addresses are also billed per hour, for every task.',
  guide: 'restrict-network-ingress',
  reads: ['aws.ecs.service'],
  messages: {
    enabled: '{property} is enabled on ECS service {service}',
  },
  fix: {
    cloudformation: `NetworkConfiguration:
  AwsvpcConfiguration:
    Subnets: [!Ref PrivateSubnetA, !Ref PrivateSubnetB]
    SecurityGroups: [!Ref ServiceSecurityGroup]
    AssignPublicIp: DISABLED   # images and AWS APIs through a NAT gateway or VPC endpoints`,
    terraform: `resource "aws_ecs_service" "web" {
  network_configuration {
    subnets          = aws_subnet.private[*].id
    security_groups  = [aws_security_group.service.id]
    assign_public_ip = false # images and AWS APIs through a NAT gateway or VPC endpoints
  }
}`,
  },
  equivalents: { checkov: ['CKV_AWS_333'] },

  check(model, report) {
    for (const service of model.of('aws.ecs.service')) {
      const assign = service.assignPublicIp;
      if (assign.state === 'known' && assign.value) report(service, assign.at, 'enabled', { service: service.name, property: propertyName(assign, 'AssignPublicIp') });
    }
  },
});
