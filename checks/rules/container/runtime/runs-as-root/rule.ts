import type { Attr } from '../../../../model/types.ts';
import type { Container } from '../../../../model/workload.ts';
import { propertyName } from '../../../message.ts';
import { defineRule } from '../../../rule.ts';
import { containerName, workloadName } from '../../phrases.ts';

/** `0`, `root`, `0:0`, `root:wheel`: the user part names root; a group alone does not make the process root. */
function isRoot(user: string): boolean {
  const name = user.trim().split(':')[0]!;
  return name === 'root' || /^0+$/.test(name);
}

interface Verdict {
  problem: 'root' | 'noUser' | 'nonRootOff';
  /** The setting the finding points at. */
  attr: Attr<unknown>;
  user: string;
}

/**
 * Why the container runs as root, if it does. Init containers included: the usual reason to run one as root,
 * chowning a volume, is what fsGroup does.
 */
function verdictOf({ user, runAsNonRoot }: Container): Verdict | undefined {
  if (user.state === 'unknown') return undefined;
  if (user.state === 'known' && user.value.trim() !== '') return isRoot(user.value) ? { problem: 'root', attr: user, user: user.value } : undefined;
  // No user written: only runAsNonRoot (Kubernetes) can still promise a non-root process.
  if (runAsNonRoot === undefined || runAsNonRoot.state === 'absent') return { problem: 'noUser', attr: user, user: '' };
  if (runAsNonRoot.state === 'known' && !runAsNonRoot.value) return { problem: 'nonRootOff', attr: runAsNonRoot, user: '' };
  return undefined;
}

export default defineRule({
  id: 'CONTAINER-RUNS-AS-ROOT',
  title: 'Containers run as a non-root user',
  problem: 'Container runs as root',
  pillar: 'security',
  severity: 'high',
  rationale:
    "Root in a container is root on the host kernel, held back only by the container's confinement: every kernel or runtime flaw that lets a process out, and every host path mounted in, is then open with full rights. A container runs as the user its image names unless the configuration says otherwise, and most images name root, so only an explicit non-root user makes it certain.",
  guide: 'kubernetes-pod-security',
  reads: ['workload'],
  messages: {
    root: '{container} runs as root: {property} is {user}',
    noUser: "nothing makes {container} run as a non-root user ({property}), so it runs as the image's user, root unless the image sets another",
    nonRootOff: "{property} is `false` on {container} and no non-root user is set, so it runs as the image's user, root unless the image sets another",
    rootShared: '{workload} runs {containers} as root: {property} is {user}',
    nonRootOffShared: "{property} is `false` for {containers} of {workload} and no non-root user is set, so they run as their images' users, root unless an image sets another",
  },
  fix: {
    kubernetes: `spec:
  securityContext:   # for every container of the pod
    runAsNonRoot: true
    runAsUser: 10001
    runAsGroup: 10001
    fsGroup: 10001   # volumes become writable to that group: no root init container to chown them
  containers:
    - name: app`,
    compose: `services:
  app:
    user: "10001:10001"`,
    cloudformation: `Type: AWS::ECS::TaskDefinition
Properties:
  ContainerDefinitions:
    - Name: app
      User: "10001:10001"`,
    terraform: `resource "aws_ecs_task_definition" "app" {
  container_definitions = jsonencode([{
    name = "app"
    user = "10001:10001"
  }])
}`,
  },
  equivalents: {
    checkov: ['CKV_K8S_23', 'CKV_K8S_40'],
    trivy: ['AVD-KSV-0012', 'AVD-KSV-0105'],
    kics: ['cf34805e-3872-4c08-bf92-6ff7bb0cfadb'],
    kube_linter: ['run-as-non-root'],
    kube_score: ['container-security-context-user-group-id'],
    polaris: ['runAsRootAllowed'],
  },

  check(model, report) {
    for (const workload of model.of('workload')) {
      // A pod-level setting is one place for all its containers: one finding there, naming them all.
      const verdicts = new Map<string, Verdict & { containers: Container[] }>();
      for (const container of workload.containers) {
        const verdict = verdictOf(container);
        if (!verdict) continue;
        const key = `${verdict.attr.at.start}\0${verdict.attr.at.pointer}`;
        const seen = verdicts.get(key);
        if (seen) seen.containers.push(container);
        else verdicts.set(key, { ...verdict, containers: [container] });
      }
      for (const { problem, attr, user, containers } of verdicts.values()) {
        const property = propertyName(attr, problem === 'nonRootOff' ? 'runAsNonRoot' : 'user');
        // A missing user is missing in each container's own block; only a written pod-level value is shared.
        if (containers.length === 1 || problem === 'noUser') {
          for (const one of containers) {
            const container = containerName(workload, one);
            if (problem === 'root') report(workload, attr.at, 'root', { container, property, user });
            else report(workload, attr.at, problem, { container, property });
          }
        } else {
          const params = { workload: workloadName(workload), containers: containers.map((container) => container.name), property };
          if (problem === 'root') report(workload, attr.at, 'rootShared', { ...params, user });
          else report(workload, attr.at, 'nonRootOffShared', params);
        }
      }
    }
  },
});
