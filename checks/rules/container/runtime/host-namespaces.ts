/** The three host-namespace rules (network, PID, IPC) judge one workload setting each, the same way. */
import type { Model } from '../../../model/model.ts';
import type { Attr } from '../../../model/types.ts';
import type { Workload } from '../../../model/workload.ts';
import { propertyName } from '../../message.ts';
import type { Report } from '../../rule.ts';
import { workloadName } from '../phrases.ts';

/** Reports each workload whose `setting` is known to share the host's namespace; `wording` names it when the source does not. */
export function reportHostNamespace(model: Model, report: Report<{ shared: string }>, setting: (workload: Workload) => Attr<boolean>, wording: string): void {
  for (const workload of model.of('workload')) {
    const shared = setting(workload);
    if (shared.state === 'known' && shared.value) report(workload, shared.at, 'shared', { workload: workloadName(workload), property: propertyName(shared, wording) });
  }
}
