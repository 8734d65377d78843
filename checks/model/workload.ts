/**
 * Containers and the workloads that run them, whatever declares them: a Kubernetes pod or controller, a Compose
 * service, an ECS task definition. Each container rule reads only this, so it is written once and fires for all
 * three. A field a platform has no way to express is `undefined` (a rule skips it), never `absent`, which means
 * "could be written here and is not".
 */
import type { Attr, Place, ResourceBase } from './types.ts';

/** Who declared the workload; rules never branch on it, it only explains where the settings live. */
export type WorkloadPlatform = 'kubernetes' | 'compose' | 'ecs';

export interface EnvVar {
  name: string;
  /** A literal value written in the file; references to secrets, config maps or fields are not literals. */
  value: Attr<string>;
}

/** A container port made reachable on the host's own interfaces (`ports:`, `hostPort`, ECS host/bridge mode). */
export interface PublishedPort {
  containerPort: number | undefined;
  hostPort: number | undefined;
  /** The host address it binds; `undefined` binds every interface. */
  hostIp: string | undefined;
  at: Place;
}

/** A path of the host's own filesystem mounted into the workload. */
export interface HostMount {
  path: string;
  at: Place;
}

export interface Container {
  name: string;
  /** Where the container is declared: a setting left out is added here. */
  at: Place;
  /** Init and sidecar-less setup containers run to completion; probes and limits mean less for them. */
  init: boolean;
  image: Attr<string>;
  privileged: Attr<boolean>;
  /** `allowPrivilegeEscalation` (Kubernetes), `no-new-privileges` (Compose); ECS has no such setting. */
  allowPrivilegeEscalation: Attr<boolean> | undefined;
  /** `runAsNonRoot` (Kubernetes only). */
  runAsNonRoot: Attr<boolean> | undefined;
  /** The user the process runs as, as written (`1000`, `app`, `1000:1000`); pod-level values already applied. */
  user: Attr<string>;
  readOnlyRootFilesystem: Attr<boolean>;
  capabilitiesAdded: Attr<string[]>;
  capabilitiesDropped: Attr<string[]>;
  /** Seccomp profile type in effect (`RuntimeDefault`, `Localhost`, `Unconfined`); Kubernetes only. */
  seccompProfile: Attr<string> | undefined;
  /** Memory the container may not exceed, in bytes (an ECS task's memory counts for its containers). */
  memoryLimit: Attr<number>;
  /** CPU limit in cores; requests are Kubernetes only (the scheduler's bin-packing input). */
  cpuLimit: Attr<number> | undefined;
  cpuRequest: Attr<number> | undefined;
  memoryRequest: Attr<number> | undefined;
  /** A liveness probe (Kubernetes) or health check (Compose, ECS) is configured. */
  healthCheck: Attr<boolean>;
  /** A readiness probe; Kubernetes only. */
  readinessProbe: Attr<boolean> | undefined;
  env: EnvVar[];
  publishedPorts: PublishedPort[];
  /** ECS `logConfiguration` is set; undefined on other platforms, whose runtime keeps container output. */
  logConfiguration?: Attr<boolean>;
}

/** What an ECS task definition asks of its compute (ECS only). */
export interface EcsTaskPlatform {
  /** `RequiresCompatibilities`, e.g. `["FARGATE"]`. */
  requiresCompatibilities: Attr<string[]>;
  /** `RuntimePlatform.CpuArchitecture`: `X86_64` (default) or `ARM64`. */
  cpuArchitecture: Attr<string>;
  /** `RuntimePlatform.OperatingSystemFamily`: `LINUX` (default) or a `WINDOWS_SERVER_…` family. */
  operatingSystemFamily: Attr<string>;
}

export interface Workload extends ResourceBase {
  kind: 'workload';
  platform: WorkloadPlatform;
  /** The declaring object's kind: `Deployment`, `CronJob`, `service` (Compose), `task definition` (ECS). */
  controller: string;
  /** Kubernetes namespace (`default` when unset); undefined elsewhere. */
  namespace: string | undefined;
  /** Kubernetes: `metadata.namespace` is written (when not, whatever applies the file decides); undefined elsewhere. */
  namespaceWritten: boolean | undefined;
  /** Where the namespace is (or would be) written. */
  namespaceAt: Place | undefined;
  /** Serves continuously (not a Job, CronJob or one-off task): probes, replicas and restarts apply. */
  longRunning: boolean;
  /** Desired copies; Kubernetes Deployments, StatefulSets and ReplicaSets (absent: 1). */
  replicas: Attr<number> | undefined;
  /** Labels of the pods it creates, for Service, disruption-budget, autoscaler and network-policy selectors. */
  podLabels: ReadonlyMap<string, string>;
  hostNetwork: Attr<boolean>;
  hostPid: Attr<boolean>;
  hostIpc: Attr<boolean>;
  hostMounts: HostMount[];
  /** `automountServiceAccountToken` of the pod; Kubernetes only. */
  automountServiceAccountToken: Attr<boolean> | undefined;
  serviceAccountName: string | undefined;
  /** Topology spread constraints or pod anti-affinity are set; Kubernetes only. */
  spreading: Attr<boolean> | undefined;
  /** Restart policy (`restart`, `deploy.restart_policy.condition`); Compose only (Kubernetes and ECS restart by design). */
  restartPolicy: Attr<string> | undefined;
  /** Where the pod template (or service) is declared: settings of the whole pod are added here. */
  podAt: Place;
  containers: Container[];
  /** ECS task definitions only. */
  ecsTask?: EcsTaskPlatform;
}

export interface WorkloadKinds {
  workload: Workload;
}

/**
 * The workload fields only Kubernetes can express, as every other platform sets them (not expressible), so a
 * reader for Compose or ECS spreads this instead of restating each one, and a new Kubernetes-only field is added
 * here once.
 */
export const outsideKubernetes = {
  namespace: undefined,
  namespaceWritten: undefined,
  namespaceAt: undefined,
  replicas: undefined,
  podLabels: new Map<string, string>(),
  automountServiceAccountToken: undefined,
  serviceAccountName: undefined,
  spreading: undefined,
} as const satisfies Partial<Workload>;
