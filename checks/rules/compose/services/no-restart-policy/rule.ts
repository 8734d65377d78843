import { propertyName } from '../../../message.ts';
import { defineRule } from '../../../rule.ts';

/** `restart: "no"` and `deploy.restart_policy.condition: none` never restart the container. */
const neverRestarts = new Set(['no', 'none']);

export default defineRule({
  id: 'COMPOSE-NO-RESTART-POLICY',
  title: 'Compose services restart after they stop',
  problem: 'Compose service is not restarted when it stops',
  pillar: 'reliability',
  severity: 'medium',
  rationale:
    'Compose restarts nothing by default: a service that crashes, is killed for running out of memory, or was running when the host rebooted stays down until someone notices and starts it again. A restart policy of unless-stopped, always or on-failure makes the Docker daemon bring it back on its own.',
  guide: 'compose-hardening',
  reads: ['workload'],
  messages: {
    notSet: 'service {service} sets no `restart` policy, so it stays down once it exits',
    never: 'service {service} has {property} {value}, so it stays down once it exits',
  },
  fix: {
    compose: `services:
  web:
    image: registry.example.com/web:1.4.2
    restart: unless-stopped   # or on-failure for a task that may finish`,
  },
  equivalents: { kics: ['2fc99041-ddad-49d5-853f-e35e70a48391'] },

  check(model, report) {
    for (const service of model.of('workload')) {
      const policy = service.restartPolicy;
      if (policy === undefined) continue;
      if (policy.state === 'absent') report(service, policy.at, 'notSet', { service: service.name });
      else if (policy.state === 'known' && neverRestarts.has(policy.value))
        report(service, policy.at, 'never', { service: service.name, property: propertyName(policy, 'restart'), value: policy.value });
    }
  },
});
