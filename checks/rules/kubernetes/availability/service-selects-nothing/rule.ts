import { defineRule } from '../../../rule.ts';
import { selectedWorkloads, workloadsIn } from '../../workloads.ts';

export default defineRule({
  id: 'K8S-SERVICE-SELECTS-NOTHING',
  title: 'Kubernetes Services select the pods they are meant to serve',
  problem: 'Kubernetes Service selects no pods',
  pillar: 'reliability',
  severity: 'high',
  rationale:
    'A Service sends traffic only to pods whose labels match its selector; when no pod template carries those labels, the Service has no endpoints and every request to it fails, though every object applies without an error. A label renamed on one side only is the usual cause. This rule judges a namespace only when the file declares workloads in it.',
  guide: 'kubernetes-workload-resilience',
  reads: ['k8s.service', 'workload'],
  messages: {
    selectsNothing: 'Service {service} selects {labels}, but no pod template in namespace {namespace} in this file has those labels',
  },
  fix: {
    kubernetes: `apiVersion: v1
kind: Service
metadata:
  name: web
  namespace: shop
spec:
  selector:
    app: web   # the labels of the Deployment's pod template (spec.template.metadata.labels)
  ports:
    - port: 80
      targetPort: 8080`,
  },
  equivalents: {
    kics: ['3ca03a61-3249-4c16-8427-6f8e47dda729'],
    kube_linter: ['dangling-service'],
    kube_score: ['service-targets-pod'],
  },

  check(model, report) {
    for (const service of model.of('k8s.service')) {
      const selector = service.selector;
      // No selector, or an empty one, means endpoints managed by hand; ExternalName Services are DNS aliases.
      if (selector?.kind !== 'labels' || selector.labels.size === 0 || service.type === 'ExternalName') continue;
      // Pods declared elsewhere are not known to be missing: judge only a namespace this file runs workloads in.
      if (workloadsIn(model, service.namespace).length === 0) continue;
      if (selectedWorkloads(model, service.namespace, selector)?.length !== 0) continue;
      const labels = [...selector.labels].map(([key, value]) => `${key}=${value}`);
      report(service, selector.at, 'selectsNothing', { service: service.name, labels, namespace: service.namespace });
    }
  },
});
