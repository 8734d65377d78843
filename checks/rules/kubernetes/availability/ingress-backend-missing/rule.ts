import { defineRule } from '../../../rule.ts';

export default defineRule({
  id: 'K8S-INGRESS-BACKEND-MISSING',
  title: 'Kubernetes Ingresses route to Services that exist',
  problem: 'Kubernetes Ingress routes to a Service that is not declared',
  pillar: 'reliability',
  severity: 'high',
  rationale:
    "An Ingress backend names a Service in the Ingress's own namespace; when no Service has that name, the controller answers the path with an error (often 503) while the Ingress itself applies cleanly. A Service renamed or moved to another namespace is the usual cause. This rule judges a namespace only when the file declares Services in it.",
  guide: 'kubernetes-workload-resilience',
  reads: ['k8s.ingress', 'k8s.service'],
  messages: {
    missing: 'Ingress {ingress} routes to Service {service}, which this file does not declare in namespace {namespace}',
  },
  fix: {
    kubernetes: `apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: web
  namespace: shop
spec:
  rules:
    - host: shop.example.com
      http:
        paths:
          - path: /
            pathType: Prefix
            backend:
              service:
                name: web   # a Service in the Ingress's namespace
                port:
                  number: 80`,
  },
  equivalents: {
    kube_linter: ['dangling-ingress'],
    kube_score: ['ingress-targets-service'],
  },

  check(model, report) {
    const services = model.of('k8s.service');
    for (const ingress of model.of('k8s.ingress')) {
      const names = new Set(services.filter((service) => service.namespace === ingress.namespace).map((service) => service.name));
      // Services declared elsewhere are not known to be missing: judge only a namespace this file declares Services in.
      if (names.size === 0) continue;
      for (const backend of ingress.backends)
        if (!names.has(backend.service)) report(ingress, backend.at, 'missing', { ingress: ingress.name, service: backend.service, namespace: ingress.namespace });
    }
  },
});
