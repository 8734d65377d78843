/**
 * The Kubernetes objects around workloads: what selects them (Services, disruption budgets, autoscalers, network
 * policies), what routes to Services (Ingress) and who may do what (RBAC). Workloads themselves are `workload`.
 */
import type { Attr, Place, ResourceBase } from './types.ts';

/** A label selector: `matchLabels` (or a Service's plain map); `unknown` when `matchExpressions` make it more than that. */
export type LabelSelector = { kind: 'labels'; labels: ReadonlyMap<string, string>; at: Place } | { kind: 'unknown'; at: Place };

interface Namespaced extends ResourceBase {
  /** `default` when not written. */
  namespace: string;
  /** `metadata.namespace` is written; when not, the namespace comes from whatever applies the file (`kubectl -n`, Helm). */
  namespaceWritten: boolean;
  /** Where the namespace is (or would be) written: `metadata`. */
  namespaceAt: Place;
}

export interface KubernetesService extends Namespaced {
  kind: 'k8s.service';
  /** Absent for a Service without a selector (its endpoints are managed by hand): it selects nothing by design. */
  selector: LabelSelector | undefined;
  type: string;
}

export interface KubernetesIngress extends Namespaced {
  kind: 'k8s.ingress';
  backends: { service: string; at: Place }[];
}

export interface KubernetesDisruptionBudget extends Namespaced {
  kind: 'k8s.pdb';
  selector: LabelSelector;
  /** As written: a count or a percentage (`1`, `50%`). */
  minAvailable: Attr<string>;
  maxUnavailable: Attr<string>;
}

export interface KubernetesAutoscaler extends Namespaced {
  kind: 'k8s.hpa';
  target: { kind: string; name: string } | undefined;
  minReplicas: Attr<number>;
}

export interface KubernetesNetworkPolicy extends Namespaced {
  kind: 'k8s.network-policy';
  podSelector: LabelSelector;
}

export interface KubernetesServiceAccount extends Namespaced {
  kind: 'k8s.service-account';
  automountToken: Attr<boolean>;
}

/** One list of a policy rule as written (an unwritten list is empty), with where it is or would be written. */
export interface RbacList {
  values: string[];
  at: Place;
}

export interface RbacRule {
  apiGroups: RbacList;
  resources: RbacList;
  verbs: RbacList;
  /** `resourceNames`: the rule grants access to these objects only; empty when not written (every object). */
  resourceNames: string[];
  at: Place;
}

export interface KubernetesRole extends ResourceBase {
  kind: 'k8s.role';
  /** A ClusterRole; its rules apply in every namespace. */
  cluster: boolean;
  namespace: string | undefined;
  namespaceWritten: boolean;
  namespaceAt: Place | undefined;
  rules: RbacRule[];
}

/** Who a binding grants its role to: `User`, `Group` or `ServiceAccount` (with its namespace). */
export interface RbacSubject {
  kind: string;
  name: string;
  namespace: string | undefined;
}

export interface KubernetesRoleBinding extends ResourceBase {
  kind: 'k8s.role-binding';
  /** A ClusterRoleBinding: it grants its role in every namespace. */
  cluster: boolean;
  /** A RoleBinding's namespace (`default` when not written); undefined for a ClusterRoleBinding. */
  namespace: string | undefined;
  subjects: RbacSubject[];
  roleRef: { kind: string; name: string; at: Place } | undefined;
}

export interface KubernetesKinds {
  'k8s.service': KubernetesService;
  'k8s.ingress': KubernetesIngress;
  'k8s.pdb': KubernetesDisruptionBudget;
  'k8s.hpa': KubernetesAutoscaler;
  'k8s.network-policy': KubernetesNetworkPolicy;
  'k8s.service-account': KubernetesServiceAccount;
  'k8s.role': KubernetesRole;
  'k8s.role-binding': KubernetesRoleBinding;
}

/** Whether a selector selects pods with these labels; `undefined` when the selector cannot be judged. */
export function selects(selector: LabelSelector, labels: ReadonlyMap<string, string>): boolean | undefined {
  if (selector.kind === 'unknown') return undefined;
  for (const [key, value] of selector.labels) if (labels.get(key) !== value) return false;
  return true;
}
