/**
 * Provisioned concurrency that aliases and versions of a function keep warm. It enriches functions built by
 * lambda.ts; its `kinds` stay empty so no rule lists these types as ones it reads.
 */
import { known, type Attr } from '../../model/types.ts';
import type { CfnMapper } from '../mapper.ts';
import { number, referencedResource } from '../read.ts';

/** Provisioned concurrency adds up over a function's aliases and versions; unknown stays unknown. */
function add(current: Attr<number>, more: Attr<number>): Attr<number> {
  if (more.state === 'absent') return current;
  if (current.state === 'absent' || more.state === 'unknown') return more;
  if (current.state === 'unknown') return current;
  return known(current.value + more.value, more.at);
}

const lambdaConcurrency: CfnMapper = {
  types: ['AWS::Lambda::Alias', 'AWS::Lambda::Version'],
  kinds: [],

  link(reader, links) {
    const functionId = referencedResource(reader.get('FunctionName'));
    const target = functionId ? links.resource(functionId) : undefined;
    if (target?.kind !== 'aws.lambda.function') return;
    target.provisionedConcurrency = add(target.provisionedConcurrency, number(reader.get('ProvisionedConcurrencyConfig', 'ProvisionedConcurrentExecutions')));
  },
};
export default lambdaConcurrency;
