import { propertyName } from '../../../message.ts';
import { defineRule } from '../../../rule.ts';
import { containerName } from '../../phrases.ts';
import { capabilityName, ecsCapabilitiesFix, harmlessCapability } from '../capabilities.ts';

export default defineRule({
  id: 'CONTAINER-ADDED-CAPABILITIES',
  title: 'Containers add no Linux capabilities beyond NET_BIND_SERVICE',
  problem: 'Container adds Linux capabilities',
  pillar: 'security',
  severity: 'high',
  rationale:
    "Each added capability hands the container a piece of root's power over the kernel: SYS_ADMIN is close to full root, NET_ADMIN can reconfigure networking, SYS_PTRACE can read other processes' memory. NET_BIND_SERVICE, to listen on a port below 1024, is the one common and harmless addition; any other needs a reason on record, as a suppression that says why.",
  guide: 'kubernetes-pod-security',
  reads: ['workload'],
  messages: {
    added: '{container} adds the capabilities {capabilities} ({property})',
  },
  fix: {
    kubernetes: `metadata:
  annotations:   # a capability it really needs: record why
    plumbline.dev/ignore: "CONTAINER-ADDED-CAPABILITIES: NET_ADMIN programs the node's routes"
spec:
  containers:
    - name: app
      securityContext:
        capabilities:
          drop: [ALL]
          add: [NET_BIND_SERVICE]   # only to listen below port 1024`,
    compose: `services:
  app:
    cap_drop: [ALL]
    cap_add: [NET_BIND_SERVICE]   # only to listen below port 1024
    labels:   # a capability it really needs: record why
      plumbline.dev/ignore: "CONTAINER-ADDED-CAPABILITIES: NET_ADMIN programs the VPN routes"`,
    ...ecsCapabilitiesFix,
  },
  equivalents: {
    checkov: ['CKV_K8S_25'],
    trivy: ['AVD-KSV-0022', 'AVD-KSV-0106'],
    kics: ['19ebaa28-fc86-4a58-bcfa-015c9e22fe40', 'ce76b7d0-9e77-464d-b86f-c5c48e03e22d'],
    polaris: ['dangerousCapabilities'],
  },

  check(model, report) {
    // Init containers included: a capability is as powerful in a container that runs for a minute.
    for (const workload of model.of('workload'))
      for (const container of workload.containers) {
        const added = container.capabilitiesAdded;
        if (added.state !== 'known') continue;
        const capabilities = added.value.filter((written) => capabilityName(written) !== harmlessCapability);
        if (capabilities.length > 0) report(workload, added.at, 'added', { container: containerName(workload, container), capabilities, property: propertyName(added, 'capabilities.add') });
      }
  },
});
