/**
 * Lambda concurrency: peak concurrency = peak rps × average duration in seconds, held against the account's
 * 1,000 concurrent executions per Region and against each function's reserved concurrency (which is also a cap).
 */
import type { LambdaFunction } from '../../model/aws/compute.ts';
import { capacityStatus, item, type ReadinessContext } from '../context.ts';
import { headroom, lambdaAccountConcurrency, lambdaScalingPer10Seconds, lambdaUnreservedMinimum } from '../defaults.ts';
import type { LocalizedText, ReadinessItem } from '../schema.ts';
import { both, code, num } from '../text.ts';

function peakLine(ctx: ReadinessContext): LocalizedText {
  const seconds = ctx.lambdaDurationMs / 1000;
  return both(
    `peak concurrency = ${num(ctx.profile.peakRps)} rps × ${num(seconds)} s = ${num(ctx.lambdaConcurrency)} concurrent executions`,
    `峰值并发 = ${num(ctx.profile.peakRps)} 请求/秒 × ${num(seconds)} 秒 = ${num(ctx.lambdaConcurrency)} 个并发执行`,
  );
}

function accountItem(ctx: ReadinessContext, functions: LambdaFunction[]): ReadinessItem {
  const reserved = functions.reduce((sum, fn) => sum + (fn.reservedConcurrency.state === 'known' ? fn.reservedConcurrency.value : 0), 0);
  const target = Math.ceil(ctx.lambdaConcurrency * headroom);
  const arithmetic = [
    peakLine(ctx),
    both(
      `${num(ctx.lambdaConcurrency)} × ${headroom} headroom = ${num(target)}; the account default is ${num(lambdaAccountConcurrency)} per Region, and new accounts may start lower`,
      `${num(ctx.lambdaConcurrency)} × ${headroom}（余量）= ${num(target)}；账户默认配额为每个区域 ${num(lambdaAccountConcurrency)}，新账户的初始配额可能更低`,
    ),
  ];
  if (reserved > 0)
    arithmetic.push(
      both(
        `functions here reserve ${num(reserved)}; at least ${num(lambdaUnreservedMinimum)} must stay unreserved`,
        `这里的函数共设置了 ${num(reserved)} 预留并发；至少 ${num(lambdaUnreservedMinimum)} 必须保持未预留`,
      ),
    );
  if (ctx.lambdaConcurrency > lambdaScalingPer10Seconds)
    arithmetic.push(
      both(
        `one function adds ${num(lambdaScalingPer10Seconds)} executions every 10 s, so reaching ${num(ctx.lambdaConcurrency)} from cold takes about ${num(Math.ceil(ctx.lambdaConcurrency / lambdaScalingPer10Seconds) * 10)} s`,
        `单个函数每 10 秒最多增加 ${num(lambdaScalingPer10Seconds)} 个执行环境，从零扩展到 ${num(ctx.lambdaConcurrency)} 约需 ${num(Math.ceil(ctx.lambdaConcurrency / lambdaScalingPer10Seconds) * 10)} 秒`,
      ),
    );
  const tooMuchReserved = reserved > lambdaAccountConcurrency - lambdaUnreservedMinimum;
  const status = tooMuchReserved ? 'fail' : capacityStatus(lambdaAccountConcurrency, ctx.lambdaConcurrency);
  return item(
    'lambda-concurrency',
    status,
    functions[0],
    both('Lambda concurrency in the account covers the peak', '账户的 Lambda 并发配额能承受峰值'),
    arithmetic,
    both(
      `Ask for ${num(Math.max(target, reserved + lambdaUnreservedMinimum))} concurrent executions in each Region of the event (Service Quotas, L-B99A9384) and check the account's current value: it can be below ${num(lambdaAccountConcurrency)}.`,
      `请在活动涉及的每个区域申请 ${num(Math.max(target, reserved + lambdaUnreservedMinimum))} 个并发执行（Service Quotas，L-B99A9384），并核对账户当前配额：它可能低于 ${num(lambdaAccountConcurrency)}。`,
    ),
  );
}

function functionItem(ctx: ReadinessContext, fn: LambdaFunction): ReadinessItem | undefined {
  const reserved = fn.reservedConcurrency;
  if (reserved.state === 'absent') return undefined;
  const title = both(`Reserved concurrency of ${code(fn.name)} covers the peak`, `${code(fn.name)} 的预留并发能承受峰值`);
  if (reserved.state === 'unknown')
    return item('lambda-reserved-concurrency', 'warn', fn, title, [both('ReservedConcurrentExecutions is not known before deployment', 'ReservedConcurrentExecutions 在部署前无法确定')]);
  const arithmetic = [
    peakLine(ctx),
    both(
      `reserved concurrency ${num(reserved.value)} caps the function; ${num(ctx.lambdaConcurrency)} × ${headroom} headroom = ${num(Math.ceil(ctx.lambdaConcurrency * headroom))}`,
      `预留并发 ${num(reserved.value)} 同时是该函数的上限；${num(ctx.lambdaConcurrency)} × ${headroom}（余量）= ${num(Math.ceil(ctx.lambdaConcurrency * headroom))}`,
    ),
  ];
  const provisioned = fn.provisionedConcurrency;
  if (provisioned.state === 'known')
    arithmetic.push(both(`provisioned concurrency keeps ${num(provisioned.value)} warm; requests beyond that start cold`, `预置并发保持 ${num(provisioned.value)} 个执行环境预热；超出部分会冷启动`));
  return item(
    'lambda-reserved-concurrency',
    capacityStatus(reserved.value, ctx.lambdaConcurrency),
    fn,
    title,
    arithmetic,
    both(
      `Raise ReservedConcurrentExecutions to at least ${num(Math.ceil(ctx.lambdaConcurrency * headroom))}, unless this function takes only part of the traffic and the cap protects something behind it.`,
      `请将 ReservedConcurrentExecutions 提高到至少 ${num(Math.ceil(ctx.lambdaConcurrency * headroom))}；如果该函数只承担部分流量、且这个上限是为了保护下游，则可以保留。`,
    ),
  );
}

export function lambdaConcurrency(ctx: ReadinessContext): ReadinessItem[] {
  const functions = ctx.model.of('aws.lambda.function');
  if (functions.length === 0) return [];
  return [accountItem(ctx, functions), ...functions.flatMap((fn) => functionItem(ctx, fn) ?? [])];
}
