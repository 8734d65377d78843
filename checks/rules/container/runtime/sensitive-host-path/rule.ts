import { defineRule } from '../../../rule.ts';
import { workloadName } from '../../phrases.ts';

/** Sockets that control the container runtime: whoever can write to one can start a privileged container. */
const runtimeSockets = ['/run/docker.sock', '/run/containerd', '/run/crio/crio.sock'];
/** Host directories that hold the host's configuration, credentials, kernel interfaces or other workloads' data. */
const sensitiveDirectories = ['/etc', '/proc', '/sys', '/dev', '/boot', '/root', '/var/lib/docker', '/var/lib/kubelet', ...runtimeSockets];
/** Files under /etc that are public and mounted everywhere for the time zone and CA certificates. */
const harmless = ['/etc/localtime', '/etc/timezone', '/etc/ssl/certs'];

/** One spelling: no repeated or trailing slashes, `.` segments dropped, `/var/run` as the `/run` it links to. */
function normalised(path: string): string {
  const segments = path.split('/').filter((segment) => segment !== '' && segment !== '.');
  const joined = `/${segments.join('/')}`;
  return joined === '/var/run' || joined.startsWith('/var/run/') ? joined.slice('/var'.length) : joined;
}

const within = (path: string, directory: string) => path === directory || path.startsWith(`${directory}/`);

export default defineRule({
  id: 'CONTAINER-SENSITIVE-HOST-PATH',
  title: "Containers do not mount the host's sensitive paths",
  problem: 'Container mounts a sensitive host path',
  pillar: 'security',
  severity: 'high',
  rationale:
    "A host path mounted into a container is the host's own file, outside the container's confinement: the runtime socket (docker.sock, containerd's) controls every container on the host, /etc and /root hold the host's configuration and credentials, /proc, /sys and /dev reach the kernel and devices, and the kubelet's and Docker's directories hold other workloads' secrets and images. Whoever gets code running in the container gets them too.",
  guide: 'kubernetes-pod-security',
  reads: ['workload'],
  messages: {
    socket: '{workload} mounts the container runtime socket {path} from the host',
    path: '{workload} mounts the host path {path}',
  },
  fix: {
    kubernetes: `spec:
  volumes:
    - name: data
      persistentVolumeClaim:   # or emptyDir, configMap, secret: not hostPath
        claimName: data`,
    compose: `services:
  app:
    volumes:
      - data:/var/lib/app   # a named volume, not a host path
volumes:
  data:`,
    cloudformation: `Type: AWS::ECS::TaskDefinition
Properties:
  Volumes:
    - Name: data   # no Host.SourcePath: a Docker or EFS volume
      DockerVolumeConfiguration:
        Scope: task`,
    terraform: `resource "aws_ecs_task_definition" "app" {
  volume {
    name = "data" # no host_path: a Docker or EFS volume
    docker_volume_configuration {
      scope = "task"
    }
  }
}`,
  },
  equivalents: {
    checkov: ['CKV_K8S_27'],
    trivy: ['AVD-KSV-0006', 'AVD-KSV-0023'],
    kics: ['5308a7a8-06f8-45ac-bf10-791fe21de46e', 'a6f34658-fdfb-4154-9536-56d516f65828', '1c1325ff-831d-43a1-973e-839ae57dfcc0', 'd6355c88-1e8d-49e9-b2f2-f8a1ca12c75b'],
    kube_linter: ['sensitive-host-mounts', 'docker-sock', 'container-runtime-sock'],
  },

  check(model, report) {
    for (const workload of model.of('workload'))
      for (const mount of workload.hostMounts) {
        const path = normalised(mount.path);
        if (harmless.some((file) => within(path, file))) continue;
        if (runtimeSockets.some((socket) => within(path, socket))) report(workload, mount.at, 'socket', { workload: workloadName(workload), path: mount.path });
        else if (path === '/' || sensitiveDirectories.some((directory) => within(path, directory))) report(workload, mount.at, 'path', { workload: workloadName(workload), path: mount.path });
      }
  },
});
