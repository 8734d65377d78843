/** How ELB findings name a load balancer (`application load balancer Web`) and a listener (`HTTPS listener on port 443`). */
import type { LoadBalancer, LoadBalancerListener } from '../../../model/aws/network.ts';
import type { Phrase } from '../../message.ts';
import { phrase } from '../phrases.ts';

const byType = { application: 'applicationLoadBalancer', network: 'networkLoadBalancer', gateway: 'gatewayLoadBalancer', classic: 'classicLoadBalancer' } as const;

export function loadBalancerName(loadBalancer: LoadBalancer): Phrase {
  const id = byType[loadBalancer.type as keyof typeof byType];
  return phrase(id ?? 'loadBalancer', { name: loadBalancer.name });
}

export function listenerName(listener: LoadBalancerListener): Phrase {
  const protocol = listener.protocol.state === 'known' ? listener.protocol.value : '';
  return listener.port.state === 'known' ? phrase('listenerOnPort', { protocol, port: listener.port.value }) : phrase('listener', { protocol });
}
