/**
 * Kubernetes manifests through the engine's door, as people hand them over: `helm template` output with empty and
 * comment-only documents, `kubectl get -o yaml` Lists, JSON, files with a stray document or a syntax error. Each
 * object is addressed `Kind.namespace.name`, and a `plumbline.dev/ignore` annotation silences one rule on it.
 */
import { describe, expect, it } from 'vitest';
import { checkSources, type Finding, type Report } from '../../checks/index.ts';

const check = (path: string, content: string): Report => checkSources([{ path, content }], { today: '2026-11-25' });
const located = (report: Report, ruleId?: string) =>
  report.findings.filter((finding) => ruleId === undefined || finding.ruleId === ruleId).map((finding: Finding) => `${finding.ruleId} ${finding.line} ${finding.resource.address}`);
const addresses = (report: Report) => [...new Set(report.findings.map((finding) => finding.resource.address))].sort();

/** One Deployment with a single replica: K8S-SINGLE-REPLICA points at `replicas`. */
const deployment = (name: string, namespace: string, indent = '') =>
  `apiVersion: apps/v1
kind: Deployment
metadata:
  name: ${name}
  namespace: ${namespace}
spec:
  replicas: 1
  selector:
    matchLabels: { app: ${name} }
  template:
    metadata:
      labels: { app: ${name} }
    spec:
      automountServiceAccountToken: false
      containers:
        - name: ${name}
          image: registry.example.com/${name}:1.0.0
`
    .split('\n')
    .map((line) => (line === '' ? line : `${indent}${line}`))
    .join('\n');

describe('a Kubernetes manifest file', () => {
  it('reads helm template output, skipping empty and comment-only documents without a word', () => {
    const rendered = [
      '---',
      '# Source: shop/templates/serviceaccount.yaml',
      '---',
      '# Source: shop/templates/deployment.yaml',
      deployment('web', 'shop'),
      '---',
      '---',
      '# Source: shop/templates/tests/test-connection.yaml',
      '',
    ].join('\n');
    const report = check('rendered.yaml', rendered);
    expect(report.files).toMatchObject([{ path: 'rendered.yaml', status: 'checked', format: 'kubernetes', resources: 1 }]);
    expect(report.diagnostics).toEqual([]);
    expect(located(report, 'K8S-SINGLE-REPLICA')).toEqual(['K8S-SINGLE-REPLICA 11 Deployment.shop.web']);
  });

  it('unpacks a List into its items, each checked and addressed on its own', () => {
    const list = `apiVersion: v1
kind: List
items:
  - apiVersion: v1
    kind: Service
    metadata:
      name: web
      namespace: shop
    spec:
      selector: { app: web }
${deployment('web', 'shop', '    ').replace('    apiVersion', '  - apiVersion')}`;
    const report = check('list.yaml', list);
    expect(report.files).toMatchObject([{ status: 'checked', format: 'kubernetes', resources: 2 }]);
    expect(located(report, 'K8S-SINGLE-REPLICA')).toEqual(['K8S-SINGLE-REPLICA 17 Deployment.shop.web']);
    expect(report.findings.find((finding) => finding.ruleId === 'K8S-SINGLE-REPLICA')?.pointer).toBe('/0/items/1/spec/replicas');
  });

  it('reads a JSON manifest and points at the offending value in it', () => {
    const json = JSON.stringify(
      {
        apiVersion: 'rbac.authorization.k8s.io/v1',
        kind: 'ClusterRoleBinding',
        metadata: { name: 'ci-admin' },
        subjects: [{ kind: 'ServiceAccount', name: 'deployer', namespace: 'ci' }],
        roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'ClusterRole', name: 'cluster-admin' },
      },
      null,
      2,
    );
    const report = check('binding.json', json);
    expect(report.files).toMatchObject([{ status: 'checked', format: 'kubernetes', resources: 1 }]);
    const [finding] = report.findings.filter((candidate) => candidate.ruleId === 'K8S-CLUSTER-ADMIN-BINDING');
    expect(finding).toMatchObject({ line: 17, pointer: '/0/roleRef/name', resource: { address: 'ClusterRoleBinding.ci-admin' } });
    expect(finding?.message).toBe('ClusterRoleBinding ci-admin grants cluster-admin to ServiceAccount ci/deployer in every namespace');
  });

  it('warns about a document that is not an object, at the line that starts it, and still checks the others', () => {
    const mixed = `${deployment('web', 'shop')}---
just a note someone pasted
---
name: settings
data: { LOG_LEVEL: info }
---
${deployment('worker', 'shop')}`;
    const report = check('mixed.yaml', mixed);
    expect(report.files).toMatchObject([{ status: 'checked', format: 'kubernetes', resources: 2 }]);
    expect(report.diagnostics.map((diagnostic) => `${diagnostic.level} ${diagnostic.code} ${diagnostic.line}:${diagnostic.column}`)).toEqual([
      'warning not-a-kubernetes-object 18:1',
      'warning not-a-kubernetes-object 20:1',
    ]);
    expect(report.diagnostics[0]?.message).toBe('document 2 has no apiVersion and kind, so it is not a Kubernetes object and was not checked');
    expect(located(report, 'K8S-SINGLE-REPLICA')).toEqual(['K8S-SINGLE-REPLICA 7 Deployment.shop.web', 'K8S-SINGLE-REPLICA 30 Deployment.shop.worker']);
  });

  it('reports a YAML syntax error with its line and column, as an error and never as a clean file', () => {
    const broken = `apiVersion: v1
kind: Service
metadata:
  name: web
  labels: {app: web
spec:
  type: ClusterIP
`;
    const report = check('broken.yaml', broken);
    expect(report.files).toMatchObject([{ path: 'broken.yaml', status: 'error' }]);
    expect(report.summary).toMatchObject({ checked: 0, errors: 1 });
    expect(report.findings).toEqual([]);
    // The unclosed `{` of line 5 is noticed where the next key leaves the flow mapping.
    expect(report.diagnostics).toMatchObject([{ level: 'error', code: 'yaml-syntax', file: 'broken.yaml', line: 6, column: 1 }]);
  });

  it('addresses objects Kind.namespace.name, `default` when no namespace is written, and cluster-scoped ones Kind.name', () => {
    const manifest = `apiVersion: v1
kind: Pod
metadata:
  name: debug
spec:
  containers:
    - name: shell
      image: busybox:1.36
---
apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata:
  name: ops
  namespace: tools
rules:
  - apiGroups: ["*"]
    resources: ["pods"]
    verbs: ["get"]
---
apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata:
  name: everything
rules:
  - apiGroups: [""]
    resources: ["*"]
    verbs: ["get"]
`;
    expect(addresses(check('objects.yaml', manifest))).toEqual(['ClusterRole.everything', 'Pod.default.debug', 'Role.tools.ops']);
  });

  it('suppresses one rule on one object through the plumbline.dev/ignore annotation, with its reason', () => {
    const leader = deployment('scheduler', 'shop').replace(
      '  namespace: shop\n',
      '  namespace: shop\n  annotations:\n    plumbline.dev/ignore: "K8S-SINGLE-REPLICA: one leader by design, guarded by a lease"\n',
    );
    const report = check('scheduler.yaml', `${leader}---\n${deployment('web', 'shop')}`);
    const single = report.findings.filter((finding) => finding.ruleId === 'K8S-SINGLE-REPLICA');
    expect(single.map((finding) => [finding.resource.address, finding.suppressed])).toEqual([
      ['Deployment.shop.scheduler', { reason: 'one leader by design, guarded by a lease', source: 'metadata' }],
      ['Deployment.shop.web', undefined],
    ]);
    // Only the named rule: the same object's other findings stay active.
    expect(report.findings.filter((finding) => finding.resource.address === 'Deployment.shop.scheduler' && finding.ruleId !== 'K8S-SINGLE-REPLICA' && finding.suppressed)).toEqual([]);
    expect(report.findings.some((finding) => finding.resource.address === 'Deployment.shop.scheduler' && finding.ruleId === 'K8S-NO-NETWORK-POLICY')).toBe(true);
  });
});
