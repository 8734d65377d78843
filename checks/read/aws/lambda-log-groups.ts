/**
 * Which Lambda functions log to a group this stack declares. Lambda writes to `/aws/lambda/<function name>` unless
 * `LoggingConfig` names another group, and creates that group itself, with no retention, when it does not exist.
 */
import type { LambdaFunction } from '../../model/aws/compute.ts';
import { known, unknownAttr, type Attr } from '../../model/types.ts';

const prefix = '/aws/lambda/';

/**
 * Marks the functions whose default group is `groupName`. A name computed at deploy time counts for the functions it
 * mentions (`/aws/lambda/${Fn}`); one that mentions none of them may still be any function's, so those functions
 * are left undecided rather than flagged.
 */
export function claimDefaultLogGroup(functions: LambdaFunction[], groupName: Attr<string>, mentionsFunction: (fn: LambdaFunction) => boolean): void {
  if (groupName.state === 'absent') return;
  if (groupName.state === 'known') {
    if (!groupName.value.startsWith(prefix)) return;
    const suffix = groupName.value.slice(prefix.length);
    for (const fn of functions) {
      if (fn.declaredLogGroup.state === 'known') continue;
      if (fn.functionName.state === 'known' && fn.functionName.value === suffix) fn.declaredLogGroup = known(true, groupName.at, groupName.property);
      else if (fn.functionName.state === 'unknown') fn.declaredLogGroup = unknownAttr(fn.declaredLogGroup.at, fn.declaredLogGroup.property);
    }
    return;
  }
  const named = functions.filter(mentionsFunction);
  for (const fn of named) fn.declaredLogGroup = known(true, groupName.at, groupName.property);
  if (named.length > 0) return;
  for (const fn of functions) if (fn.declaredLogGroup.state === 'absent') fn.declaredLogGroup = unknownAttr(fn.declaredLogGroup.at, fn.declaredLogGroup.property);
}

/** `LoggingConfig.LogGroup` / `logging_config.log_group`: written at all, the function logs where its author chose. */
export function ownLogGroup(setting: Attr<string>, functionAt: Attr<string>['at'], block: string): Attr<boolean> {
  if (setting.state === 'absent') return { state: 'absent', at: functionAt, property: setting.property ?? block, block };
  return known(true, setting.at, setting.property);
}
