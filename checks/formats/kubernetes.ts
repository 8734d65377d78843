/** Kubernetes manifests (plain, or rendered by Helm or Kustomize) behind the `FormatAdapter` seam. */
import { buildManifest, manifestReferences, objectSuppressions } from '../kubernetes/build.ts';
import { addressOf, readManifest, type KubernetesObject, type Manifest } from '../kubernetes/manifest.ts';
import { workloadKinds } from '../kubernetes/mappers/pods.ts';
import { parseSource } from '../parse/input.ts';
import type { Detection, FormatAdapter, InputLimits, ReadResult } from './format.ts';

/**
 * The API server stores objects up to about 1.5 MB each; a file is a stream of them, so its limit is ours: large
 * enough for a whole rendered chart or platform (thousands of objects), small enough to check in seconds.
 */
export const kubernetesLimits: InputLimits = {
  maxBytes: 8 * 1_048_576,
  maxResources: 10_000,
  tooLarge: (bytes) => `the file is ${(bytes / 1_048_576).toFixed(1)} MB; Plumbline checks Kubernetes manifests up to 8 MB, so it was not checked`,
};

// A top-level `apiVersion:` and `kind:` in YAML, or both keys in JSON; reading confirms it.
const yamlMarks = /^apiVersion:[ \t]*\S/m;
const yamlKind = /^kind:[ \t]*\S/m;
const jsonMarks = /"apiVersion"\s*:/;

function detect(_path: string, text: string): Detection {
  const head = text.slice(0, 65_536);
  if (yamlMarks.test(head) && yamlKind.test(head)) return 'yes';
  return jsonMarks.test(head) ? 'maybe' : 'no';
}

function read(path: string, text: string): ReadResult<Manifest> {
  const parsed = parseSource(path, text);
  if (parsed.diagnostics.some((diagnostic) => diagnostic.level === 'error')) return { kind: 'failed', status: 'error', diagnostics: parsed.diagnostics };
  const manifest = readManifest(parsed.file, parsed.documents, parsed.starts);
  if (!manifest) return { kind: 'not-mine', reason: 'no document has an apiVersion and a kind, so it is not a Kubernetes manifest' };
  if (manifest.manifest.objects.length > kubernetesLimits.maxResources) {
    const message = `the file holds ${manifest.manifest.objects.length} objects; Plumbline checks up to ${kubernetesLimits.maxResources} per file, so it was not checked`;
    return { kind: 'failed', status: 'error', diagnostics: [{ level: 'error', code: 'too-many-resources', message, file: path }] };
  }
  return { kind: 'source', source: manifest.manifest, diagnostics: [...parsed.diagnostics, ...manifest.diagnostics] };
}

const typesOfKind: Record<string, string[]> = {
  workload: workloadKinds,
  'k8s.service': ['Service'],
  'k8s.ingress': ['Ingress'],
  'k8s.pdb': ['PodDisruptionBudget'],
  'k8s.hpa': ['HorizontalPodAutoscaler'],
  'k8s.network-policy': ['NetworkPolicy'],
  'k8s.service-account': ['ServiceAccount'],
  'k8s.role': ['Role', 'ClusterRole'],
  'k8s.role-binding': ['RoleBinding', 'ClusterRoleBinding'],
};

const addressIndex = new WeakMap<Manifest, Map<string, KubernetesObject>>();
function objectsByAddress(manifest: Manifest): Map<string, KubernetesObject> {
  let index = addressIndex.get(manifest);
  if (!index) addressIndex.set(manifest, (index = new Map(manifest.objects.map((object) => [addressOf(object), object]))));
  return index;
}

export const kubernetes: FormatAdapter<Manifest> = {
  format: 'kubernetes',
  limits: kubernetesLimits,
  walkedExtensions: ['.yaml', '.yml', '.json'],
  detect,
  read,
  fileOf: (manifest) => manifest.file,
  resourceCount: (manifest) => manifest.objects.length,
  scenarios: () => [{ conditions: new Map() }],
  conditionNames: () => [],
  build: (manifest, _scenario, _params, suppressionsOf) => buildManifest(manifest, suppressionsOf),
  suppressions(manifest, name) {
    const object = objectsByAddress(manifest).get(name);
    return object ? objectSuppressions(object) : [];
  },
  references: manifestReferences,
  sourceTypesFor: (kinds) => [...new Set(kinds.flatMap((kind) => typesOfKind[kind] ?? []))].sort(),
};
