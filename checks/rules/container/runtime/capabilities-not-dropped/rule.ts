import { propertyName } from '../../../message.ts';
import { defineRule } from '../../../rule.ts';
import { containerName } from '../../phrases.ts';
import { capabilityName, ecsCapabilitiesFix } from '../capabilities.ts';

export default defineRule({
  id: 'CONTAINER-CAPABILITIES-NOT-DROPPED',
  title: 'Containers drop all Linux capabilities they do not need',
  problem: 'Container keeps the default Linux capabilities',
  pillar: 'security',
  severity: 'low',
  rationale:
    'Containers start with a default set of Linux capabilities (about fourteen with Docker and containerd, among them NET_RAW to forge packets, SETUID and DAC_OVERRIDE) that most applications never use. Dropping ALL and adding back only what the application needs takes them away from whoever gets code running in the container.',
  guide: 'kubernetes-pod-security',
  reads: ['workload'],
  messages: {
    notSet: "{container} drops no capabilities ({property}), so it keeps the runtime's default set",
    partial: "{container} drops only {capabilities} ({property}), not `ALL`, so the rest of the runtime's default set stays",
  },
  fix: {
    kubernetes: `spec:
  containers:
    - name: app
      securityContext:
        capabilities:
          drop: [ALL]
          add: [NET_BIND_SERVICE]   # only what it needs, e.g. to listen below port 1024`,
    compose: `services:
  app:
    cap_drop: [ALL]
    cap_add: [NET_BIND_SERVICE]   # only what it needs, e.g. to listen below port 1024`,
    ...ecsCapabilitiesFix,
  },
  equivalents: {
    checkov: ['CKV_K8S_37', 'CKV_K8S_28'],
    trivy: ['AVD-KSV-0003', 'AVD-KSV-0106'],
    kics: ['268ca686-7fb7-4ae9-b129-955a2a89064e', 'ce76b7d0-9e77-464d-b86f-c5c48e03e22d'],
    kube_linter: ['drop-net-raw-capability'],
    polaris: ['insecureCapabilities'],
  },

  check(model, report) {
    // Init containers included: Pod Security's restricted profile asks the same of them.
    for (const workload of model.of('workload'))
      for (const container of workload.containers) {
        const dropped = container.capabilitiesDropped;
        if (dropped.state === 'unknown') continue;
        const params = { container: containerName(workload, container), property: propertyName(dropped, 'capabilities.drop') };
        if (dropped.state === 'absent' || dropped.value.length === 0) report(workload, dropped.at, 'notSet', params);
        else if (!dropped.value.some((written) => capabilityName(written) === 'ALL')) report(workload, dropped.at, 'partial', { ...params, capabilities: dropped.value });
      }
  },
});
