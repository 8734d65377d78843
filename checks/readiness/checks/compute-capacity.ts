/**
 * Auto Scaling groups and ECS services against the capacity the peak needs: ⌈peak ÷ per-instance throughput⌉
 * instances, and that again × 1.3 to pass. Each group or service is taken to serve the whole peak.
 */
import type { AutoScalingGroup, EcsService } from '../../model/aws/compute.ts';
import { capacityStatus, item, worst, type ReadinessContext } from '../context.ts';
import { headroom } from '../defaults.ts';
import type { LocalizedText, ReadinessItem, ReadinessStatus } from '../schema.ts';
import { both, code, num } from '../text.ts';

function neededLines(ctx: ReadinessContext, unit: { en: string; zh: string }, ceiling: number, ceilingName: string): LocalizedText[] {
  const { profile, perInstanceRps, instancesNeeded, instancesWithHeadroom } = ctx;
  return [
    both(
      `${num(profile.peakRps)} rps ÷ ${num(perInstanceRps)} rps per ${unit.en} = ${num(instancesNeeded)} ${unit.en}s needed`,
      `峰值 ${num(profile.peakRps)} 请求/秒 ÷ 每个${unit.zh} ${num(perInstanceRps)} 请求/秒 = 需要 ${num(instancesNeeded)} 个${unit.zh}`,
    ),
    both(
      `${num(instancesNeeded)} × ${headroom} headroom = ${num(instancesWithHeadroom)}; ${ceilingName} is ${num(ceiling)}`,
      `${num(instancesNeeded)} × ${headroom}（余量）= ${num(instancesWithHeadroom)}；${ceilingName} 为 ${num(ceiling)}`,
    ),
  ];
}

function groupItem(ctx: ReadinessContext, group: AutoScalingGroup): ReadinessItem {
  const title = both(`Auto Scaling group ${code(group.name)} can reach the peak`, `Auto Scaling 组 ${code(group.name)} 能扩展到峰值所需容量`);
  const instance = { en: 'instance', zh: '实例' };
  if (group.maxSize.state !== 'known')
    return item(
      'autoscaling-capacity',
      'warn',
      group,
      title,
      [both('MaxSize is not known before deployment', 'MaxSize 在部署前无法确定')],
      both(`Set MaxSize to at least ${num(ctx.instancesWithHeadroom)}.`, `请将 MaxSize 设为至少 ${num(ctx.instancesWithHeadroom)}。`),
    );
  const maxSize = group.maxSize.value;
  const arithmetic = neededLines(ctx, instance, maxSize, 'MaxSize');
  let status: ReadinessStatus = capacityStatus(maxSize, ctx.instancesNeeded);
  const minSize = group.minSize.state === 'known' ? group.minSize.value : undefined;
  const scalesItself = group.scalingPolicyCount > 0;
  if (!scalesItself && (minSize === undefined || minSize < ctx.instancesNeeded)) {
    status = worst(status, 'warn');
    arithmetic.push(
      both(
        `no scaling policy or scheduled action targets the group, so it stays at ${minSize === undefined ? 'its desired capacity' : `MinSize ${num(minSize)}`} unless someone scales it by hand`,
        `没有扩缩容策略或计划操作指向该组，除非手动调整，它会停留在${minSize === undefined ? '期望容量' : ` MinSize ${num(minSize)}`}`,
      ),
    );
  }
  const advice = both(
    `Raise MaxSize to at least ${num(ctx.instancesWithHeadroom)}${scalesItself ? '' : ', add a target-tracking policy,'} and schedule a higher MinSize shortly before the event (scaling out takes minutes).`,
    `请将 MaxSize 提高到至少 ${num(ctx.instancesWithHeadroom)}${scalesItself ? '' : '，添加目标跟踪扩缩容策略，'}并在活动开始前安排提高 MinSize（扩容需要几分钟）。`,
  );
  return item('autoscaling-capacity', status, group, title, arithmetic, advice);
}

function serviceItem(ctx: ReadinessContext, service: EcsService): ReadinessItem {
  const title = both(`ECS service ${code(service.name)} can reach the peak`, `ECS 服务 ${code(service.name)} 能扩展到峰值所需容量`);
  const task = { en: 'task', zh: '任务' };
  const scaled = service.autoScalingMax;
  if (scaled.state === 'unknown')
    return item('ecs-capacity', 'warn', service, title, [both('the auto scaling MaxCapacity is not known before deployment', '自动扩缩容的 MaxCapacity 在部署前无法确定')]);
  const desired = service.desiredCount.state === 'known' ? service.desiredCount.value : service.desiredCount.state === 'absent' ? 1 : undefined;
  const ceiling = scaled.state === 'known' ? scaled.value : desired;
  if (ceiling === undefined) return item('ecs-capacity', 'warn', service, title, [both('DesiredCount is not known before deployment', 'DesiredCount 在部署前无法确定')]);
  const ceilingName = scaled.state === 'known' ? 'MaxCapacity' : 'DesiredCount';
  const arithmetic = neededLines(ctx, task, ceiling, ceilingName);
  if (scaled.state === 'absent')
    arithmetic.push(both('no Application Auto Scaling target scales the service, so DesiredCount is all it runs', '没有 Application Auto Scaling 目标扩展该服务，它只会运行 DesiredCount 个任务'));
  const advice = both(
    `Register a scalable target with MaxCapacity of at least ${num(ctx.instancesWithHeadroom)} and raise its MinCapacity shortly before the event.`,
    `请注册 MaxCapacity 至少为 ${num(ctx.instancesWithHeadroom)} 的可扩展目标，并在活动开始前提高 MinCapacity。`,
  );
  return item('ecs-capacity', capacityStatus(ceiling, ctx.instancesNeeded), service, title, arithmetic, advice);
}

export function computeCapacity(ctx: ReadinessContext): ReadinessItem[] {
  const groups = ctx.model.of('aws.autoscaling.group').map((group) => groupItem(ctx, group));
  const services = ctx.model.of('aws.ecs.service').map((service) => serviceItem(ctx, service));
  const items = [...groups, ...services];
  if (items.length === 0 && ctx.model.of('aws.lambda.function').length === 0)
    items.push(
      item(
        'compute-capacity',
        'warn',
        undefined,
        both('Compute capacity can be checked', '可以核对计算容量'),
        [both('no Auto Scaling group, ECS service or Lambda function in these files', '这些文件中没有 Auto Scaling 组、ECS 服务或 Lambda 函数')],
        both('Add the templates that hold the compute tier, or check its capacity by hand.', '请加入包含计算层的模板，或手动核对其容量。'),
      ),
    );
  return items;
}
