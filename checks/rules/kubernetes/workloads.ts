/**
 * How Kubernetes rules relate objects in one file's model: which autoscaler scales a workload, how many replicas it
 * keeps at least, and which workloads a selector picks in a namespace. The engine checks each manifest file alone,
 * so an object that is not in the file is not known to be missing: rules that relate objects judge only what the
 * file declares.
 */
import type { KubernetesAutoscaler, LabelSelector } from '../../model/kubernetes.ts';
import type { Model } from '../../model/model.ts';
import type { Place } from '../../model/types.ts';
import type { Workload } from '../../model/workload.ts';
import { selects } from '../../model/kubernetes.ts';

/** The HorizontalPodAutoscaler in the workload's namespace whose `scaleTargetRef` names it (kind and name). */
export function autoscalerOf(model: Model, workload: Workload): KubernetesAutoscaler | undefined {
  return model.of('k8s.hpa').find((hpa) => hpa.namespace === workload.namespace && hpa.target?.kind === workload.controller && hpa.target.name === workload.name);
}

/** The fewest pods a controller keeps, and the setting that decides it: its autoscaler's `minReplicas`, else `replicas`. */
export interface ReplicaFloor {
  count: number;
  /** The value, or where the setting would be written when it is left to the default of 1. */
  at: Place;
  autoscaler: KubernetesAutoscaler | undefined;
}

/**
 * `undefined` for kinds without replicas (Pods, DaemonSets, Jobs; Compose and ECS) and for counts that cannot be
 * known before the file is applied. An autoscaler overrides `replicas`, so its `minReplicas` decides.
 */
export function replicaFloor(model: Model, workload: Workload): ReplicaFloor | undefined {
  if (workload.replicas === undefined) return undefined;
  const autoscaler = autoscalerOf(model, workload);
  const setting = autoscaler ? autoscaler.minReplicas : workload.replicas;
  if (setting.state === 'unknown') return undefined;
  return { count: setting.state === 'known' ? setting.value : 1, at: setting.at, autoscaler };
}

/** Kubernetes workloads in `namespace` whose pod labels `selector` matches; `undefined` when the selector cannot be judged. */
export function selectedWorkloads(model: Model, namespace: string, selector: LabelSelector): Workload[] | undefined {
  if (selector.kind === 'unknown') return undefined;
  return workloadsIn(model, namespace).filter((workload) => selects(selector, workload.podLabels) === true);
}

/** The Kubernetes workloads the file declares in `namespace`. */
export function workloadsIn(model: Model, namespace: string): Workload[] {
  return model.of('workload').filter((workload) => workload.namespace === namespace);
}

/** A workload that Kubernetes runs: it has a namespace. */
export type NamespacedWorkload = Workload & { namespace: string };

/** Kubernetes workloads only: other platforms have no namespace. */
export function kubernetesWorkloads(model: Model): NamespacedWorkload[] {
  return model.of('workload').filter((workload): workload is NamespacedWorkload => workload.namespace !== undefined);
}
