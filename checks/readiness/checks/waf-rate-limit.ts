/**
 * A web ACL with a rate-based rule on the way in. The edge (CloudFront, when there is one) must be covered, else
 * every public load balancer and API stage. With the number of users known, the limit is also held against what
 * one busy customer sends in the rule's window, so the rule does not block the sale it protects.
 */
import type { WebAcl } from '../../model/aws/network.ts';
import type { ResourceBase } from '../../model/types.ts';
import { item, type ReadinessContext } from '../context.ts';
import { wafCustomerMargin, wafDefaultWindowSeconds } from '../defaults.ts';
import type { LocalizedText, ReadinessItem, ReadinessStatus } from '../schema.ts';
import { both, code, num } from '../text.ts';

function entryPoints(ctx: ReadinessContext): ResourceBase[] {
  const distributions = ctx.model.of('aws.cloudfront.distribution');
  if (distributions.length > 0) return distributions;
  return [...ctx.model.of('aws.elb.load-balancer').filter((lb) => lb.type === 'application'), ...ctx.model.of('aws.apigateway.stage')];
}

function limitLines(ctx: ReadinessContext, acls: WebAcl[]): { lines: LocalizedText[]; tooLow: boolean } {
  const users = ctx.profile.concurrentUsers;
  const lines: LocalizedText[] = [];
  let tooLow = false;
  for (const acl of acls)
    for (const rule of acl.rateRules) {
      if (rule.limit.state !== 'known') continue;
      const window = rule.windowSeconds.state === 'known' ? rule.windowSeconds.value : wafDefaultWindowSeconds;
      if (!users) {
        lines.push(
          both(
            `${code(acl.name)} rule ${code(rule.name)}: ${num(rule.limit.value)} requests per ${num(window)} s per client`,
            `${code(acl.name)} 的规则 ${code(rule.name)}：每个客户端每 ${num(window)} 秒 ${num(rule.limit.value)} 个请求`,
          ),
        );
        continue;
      }
      const perUser = (ctx.profile.peakRps / users) * window;
      const needed = Math.ceil(perUser * wafCustomerMargin);
      if (rule.limit.value < needed) tooLow = true;
      lines.push(
        both(
          `${code(acl.name)} rule ${code(rule.name)}: ${num(ctx.profile.peakRps)} rps ÷ ${num(users)} users × ${num(window)} s = ${num(perUser)} requests per customer per window; × ${wafCustomerMargin} margin = ${num(needed)}; the limit is ${num(rule.limit.value)}`,
          `${code(acl.name)} 的规则 ${code(rule.name)}：${num(ctx.profile.peakRps)} 请求/秒 ÷ ${num(users)} 个用户 × ${num(window)} 秒 = 每个用户每个窗口 ${num(perUser)} 个请求；× ${wafCustomerMargin}（余量）= ${num(needed)}；限制为 ${num(rule.limit.value)}`,
        ),
      );
    }
  return { lines, tooLow };
}

export function wafRateLimit(ctx: ReadinessContext): ReadinessItem[] {
  const entries = entryPoints(ctx);
  if (entries.length === 0) return [];
  const acls = ctx.model.of('aws.wafv2.web-acl');
  const withRateRules = acls.filter((acl) => acl.rateRules.length > 0);
  const uncovered = entries.filter((entry) => !withRateRules.some((acl) => acl.protects.includes(entry.address)));
  const title = both('WAF rate-based rules limit abusive clients', 'WAF 基于速率的规则限制滥用的客户端');
  const advice = both(
    'Associate a web ACL with a rate-based rule (per IP address, e.g. 2,000 requests per 5 minutes, tuned from the load test) with the entry point, in count mode first.',
    '请给入口关联带有基于速率规则的 Web ACL（按 IP，例如每 5 分钟 2,000 个请求，根据压测结果调整），先以计数模式运行。',
  );
  const lines: LocalizedText[] = [];
  let status: ReadinessStatus = 'pass';
  if (withRateRules.length === 0) {
    status = ctx.profile.eventType === 'flash-sale' ? 'fail' : 'warn';
    lines.push(
      acls.length === 0
        ? both(
            `no WAF web ACL in these files protects ${entries.map((entry) => code(entry.name)).join(', ')}`,
            `这些文件中没有 WAF Web ACL 保护 ${entries.map((entry) => code(entry.name)).join('、')}`,
          )
        : both(`web ACLs ${acls.map((acl) => code(acl.name)).join(', ')} have no rate-based rule`, `Web ACL ${acls.map((acl) => code(acl.name)).join('、')} 没有基于速率的规则`),
    );
  } else if (uncovered.length > 0) {
    status = 'warn';
    lines.push(both(`not associated here with ${uncovered.map((entry) => code(entry.name)).join(', ')}`, `在这些文件中未与 ${uncovered.map((entry) => code(entry.name)).join('、')} 关联`));
  } else {
    lines.push(both(`${entries.map((entry) => code(entry.name)).join(', ')} covered by a rate-based rule`, `${entries.map((entry) => code(entry.name)).join('、')} 已受基于速率的规则保护`));
  }
  const limits = limitLines(ctx, withRateRules);
  lines.push(...limits.lines);
  if (limits.tooLow && status === 'pass') status = 'warn';
  const tooLowAdvice = both(
    'Raise the rate limit above what one busy customer sends in a window, or real customers (many behind one NAT address) will be blocked.',
    '请把速率限制提高到高于单个活跃用户在一个窗口内的请求数，否则真实用户（尤其是共用一个 NAT 地址的用户）会被拦截。',
  );
  return [item('waf-rate-limit', status, withRateRules[0] ?? entries[0], title, lines, limits.tooLow && withRateRules.length > 0 && uncovered.length === 0 ? tooLowAdvice : advice)];
}
