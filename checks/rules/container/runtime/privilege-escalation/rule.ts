import { propertyName } from '../../../message.ts';
import { defineRule } from '../../../rule.ts';
import { containerName } from '../../phrases.ts';

export default defineRule({
  id: 'CONTAINER-PRIVILEGE-ESCALATION',
  title: 'Containers turn privilege escalation off',
  problem: 'Container lets its processes escalate privileges',
  pillar: 'security',
  severity: 'medium',
  rationale:
    "Unless escalation is turned off (the kernel's no_new_privs flag), a process in the container can gain privileges it did not start with, through a setuid binary or file capabilities in the image: an attacker who gets a shell as an unprivileged user can become root inside the container, one step from the host. The flag costs nothing for an application that does not need to switch users, and it is off by default.",
  guide: 'kubernetes-pod-security',
  reads: ['workload'],
  messages: {
    notSet: 'privilege escalation is not turned off for {container} ({property})',
    allowed: '{property} allows privilege escalation on {container}',
    privileged: '{property} is `true` on {container}, which always allows privilege escalation',
  },
  fix: {
    kubernetes: `spec:
  containers:
    - name: app
      securityContext:
        allowPrivilegeEscalation: false
        privileged: false   # a privileged container can always escalate`,
    compose: `services:
  app:
    security_opt:
      - no-new-privileges:true`,
  },
  equivalents: {
    checkov: ['CKV_K8S_20'],
    trivy: ['AVD-KSV-0001'],
    kics: ['5572cc5e-1e4c-4113-92a6-7a8a3bd25e6d', '27fcc7d6-c49b-46e0-98f1-6c082a6a2750'],
    kube_linter: ['privilege-escalation-container'],
    polaris: ['privilegeEscalationAllowed'],
  },

  check(model, report) {
    // Init containers included: they run the same image tooling, and Pod Security's restricted profile holds them to it.
    for (const workload of model.of('workload'))
      for (const container of workload.containers) {
        const escalation = container.allowPrivilegeEscalation;
        // ECS task definitions have no such setting: nothing to ask for.
        if (escalation === undefined) continue;
        const name = containerName(workload, container);
        const { privileged } = container;
        if (privileged.state === 'known' && privileged.value) report(workload, privileged.at, 'privileged', { container: name, property: propertyName(privileged, 'privileged') });
        else if (escalation.state === 'absent') report(workload, escalation.at, 'notSet', { container: name, property: propertyName(escalation, 'allowPrivilegeEscalation') });
        else if (escalation.state === 'known' && escalation.value) report(workload, escalation.at, 'allowed', { container: name, property: propertyName(escalation, 'allowPrivilegeEscalation') });
      }
  },
});
