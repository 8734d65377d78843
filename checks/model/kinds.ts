/** Every model kind, by kind name: the one table rules, builders and the architecture picture share. */
import type { AwsResourceKinds } from './aws/index.ts';
import type { KubernetesKinds } from './kubernetes.ts';
import type { WorkloadKinds } from './workload.ts';

export interface ResourceKinds extends AwsResourceKinds, WorkloadKinds, KubernetesKinds {}
export type ResourceKind = keyof ResourceKinds;
export type AnyResource = ResourceKinds[ResourceKind];
