/** A manifest's model: workloads from pods and their controllers, and the objects that select or route to them. */
import type { DeclaredResource, ResourceReference } from '../formats/format.ts';
import type { AnyResource } from '../model/kinds.ts';
import { selects } from '../model/kubernetes.ts';
import { Model } from '../model/model.ts';
import type { ResourceBase, Suppression } from '../model/types.ts';
import { addressOf, annotationSuppressions, type KubernetesObject, type Manifest } from './manifest.ts';
import { objectResource } from './mappers/objects.ts';
import { workloadOf } from './mappers/pods.ts';

export function baseOf(object: KubernetesObject, suppressions: Suppression[]): ResourceBase {
  return { kind: object.kind, name: object.name, sourceType: object.kind, address: addressOf(object), at: object.at, suppressions };
}

export function objectSuppressions(object: KubernetesObject): Suppression[] {
  return annotationSuppressions(object.annotations).map(({ ruleId, reason }) => ({ ruleId, reason, source: 'metadata' }));
}

function resourceOf(object: KubernetesObject, base: ResourceBase): AnyResource | undefined {
  return workloadOf(object, base) ?? objectResource(object, base);
}

export function buildManifest(manifest: Manifest, suppressionsOf: (address: string) => Suppression[]): Model {
  const model = new Model();
  for (const object of manifest.objects) {
    const resource = resourceOf(object, baseOf(object, suppressionsOf(addressOf(object))));
    if (resource) model.add(resource);
  }
  return model;
}

/** Objects and what they point at, for the architecture picture: selectors, backends, scale targets, role bindings. */
export function manifestReferences(manifest: Manifest): DeclaredResource[] {
  const model = buildManifest(manifest, () => []);
  const workloads = model.of('workload');
  const refs = new Map<string, ResourceReference[]>();
  const link = (from: string, to: string, property: string) => {
    if (from === to) return;
    const list = refs.get(from) ?? [];
    if (!list.some((ref) => ref.to === to)) list.push({ to, kind: 'value', property });
    refs.set(from, list);
  };
  const selected = (namespace: string, labels: Parameters<typeof selects>[0]) => workloads.filter((workload) => workload.namespace === namespace && selects(labels, workload.podLabels) === true);
  for (const service of model.of('k8s.service'))
    if (service.selector?.kind === 'labels' && service.selector.labels.size > 0)
      for (const workload of selected(service.namespace, service.selector)) link(service.address, workload.address, 'selector');
  for (const budget of model.of('k8s.pdb')) for (const workload of selected(budget.namespace, budget.selector)) link(budget.address, workload.address, 'selector');
  for (const ingress of model.of('k8s.ingress'))
    for (const backend of ingress.backends) {
      const service = model.of('k8s.service').find((candidate) => candidate.namespace === ingress.namespace && candidate.name === backend.service);
      if (service) link(ingress.address, service.address, 'backend');
    }
  for (const autoscaler of model.of('k8s.hpa')) {
    const target = workloads.find((workload) => workload.namespace === autoscaler.namespace && workload.controller === autoscaler.target?.kind && workload.name === autoscaler.target.name);
    if (target) link(autoscaler.address, target.address, 'scaleTargetRef');
  }
  return manifest.objects.map((object) => {
    const address = addressOf(object);
    return { name: address, sourceType: object.kind, address, at: object.at, references: refs.get(address) ?? [] };
  });
}
