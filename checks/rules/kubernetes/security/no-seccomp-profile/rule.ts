import { defineRule } from '../../../rule.ts';

/** Profiles that filter system calls; `Unconfined` filters none. */
const confining = new Set(['RuntimeDefault', 'Localhost']);

export default defineRule({
  id: 'K8S-NO-SECCOMP-PROFILE',
  title: 'Containers run with a seccomp profile',
  problem: 'Container runs without a seccomp profile',
  pillar: 'security',
  severity: 'low',
  rationale:
    'Kubernetes runs containers Unconfined unless a seccomp profile is set, so every system call of the kernel is open to them, including the rarely used ones behind many container escapes. The runtime default profile blocks those and is harmless to nearly every application; the restricted Pod Security Standard requires it.',
  guide: 'kubernetes-pod-security',
  reads: ['workload'],
  messages: {
    missing: 'container {container} has no `seccompProfile`, and neither has its pod, so it runs Unconfined',
    unconfined: 'container {container} has the seccomp profile {profile}',
  },
  fix: {
    kubernetes: `spec:
  securityContext:
    seccompProfile:
      type: RuntimeDefault   # for every container of the pod
  containers:
    - name: web
      image: registry.example.com/web:1.4.2`,
  },
  equivalents: {
    checkov: ['CKV_K8S_31'],
    trivy: ['AVD-KSV-0030'],
    kics: ['f377b83e-bd07-4f48-a591-60c82b14a78b'],
    kube_score: ['container-seccomp-profile'],
  },

  check(model, report) {
    for (const workload of model.of('workload'))
      for (const container of workload.containers) {
        const profile = container.seccompProfile;
        if (profile?.state === 'absent') report(workload, profile.at, 'missing', { container: container.name });
        else if (profile?.state === 'known' && !confining.has(profile.value)) report(workload, profile.at, 'unconfined', { container: container.name, profile: profile.value });
      }
  },
});
