/**
 * The paid-review tiers: one typed source for the pricing page and, later, checkout and the reviewer queue.
 * Prices are in US cents; `firstResponseMinutes` is the promise that sets each review's first-response deadline.
 */
import { z } from 'zod';

export const Tier = z.object({
  id: z.enum(['developer', 'business', 'event', 'on-demand']),
  /** How it is bought: once per review, once per event, or metered while switched on. */
  billing: z.enum(['per-review', 'per-event', 'per-second']),
  /** Price in US cents: per review or event, or per hour for metered tiers (billed by the second). */
  priceCents: z.number().int().positive(),
  /** Longest wait for an engineer's first response, in minutes. */
  firstResponseMinutes: z.number().int().positive(),
  /** Engineers answer around the clock, not only in business hours. */
  aroundTheClock: z.boolean(),
  /** Includes a live call with the engineer. */
  includesCall: z.boolean(),
  text: z.record(z.enum(['en', 'zh-cn']), z.object({ name: z.string(), tagline: z.string(), features: z.array(z.string()).min(2) })),
});
export type Tier = z.infer<typeof Tier>;

export const tiers: Tier[] = z.array(Tier).parse([
  {
    id: 'developer',
    billing: 'per-review',
    priceCents: 29_000,
    firstResponseMinutes: 24 * 60,
    aroundTheClock: false,
    includesCall: false,
    text: {
      en: {
        name: 'Developer review',
        tagline: 'A written review of one architecture by an engineer.',
        features: [
          'First response within 24 hours',
          'Written findings with fixes for your templates',
          'One engineer owns your review from start to finish',
          'Pay once; no contract, no prior purchase',
        ],
      },
      'zh-cn': {
        name: '开发者评审',
        tagline: '由工程师对一套架构做书面评审。',
        features: ['24 小时内首次响应', '书面结论，附针对你模板的修改方案', '同一位工程师从头负责到底', '单次付费，无需合同，无需预先购买'],
      },
    },
  },
  {
    id: 'business',
    billing: 'per-review',
    priceCents: 99_000,
    firstResponseMinutes: 4 * 60,
    aroundTheClock: true,
    includesCall: true,
    text: {
      en: {
        name: 'Business review',
        tagline: 'A fast review around the clock, with a call to walk through it.',
        features: [
          'First response within 4 hours, 24/7',
          'A video call with the engineer who did the review',
          'Prioritised fix plan across all six pillars',
          'Pay once; no contract, no prior purchase',
        ],
      },
      'zh-cn': {
        name: '商业评审',
        tagline: '全天候快速评审，并通过电话逐条讲解。',
        features: ['7×24 小时，4 小时内首次响应', '与负责评审的工程师视频通话', '覆盖六大支柱、按优先级排序的整改计划', '单次付费，无需合同，无需预先购买'],
      },
    },
  },
  {
    id: 'event',
    billing: 'per-event',
    priceCents: 490_000,
    firstResponseMinutes: 60,
    aroundTheClock: true,
    includesCall: true,
    text: {
      en: {
        name: 'Event readiness',
        tagline: 'For a launch, a migration cut-over or a flash sale.',
        features: [
          'Pre-event architecture and capacity review',
          'A runbook for the day, with rollback points',
          'An engineer on live standby during the event',
          'Post-event review with what to improve',
        ],
      },
      'zh-cn': {
        name: '活动保障',
        tagline: '适用于产品发布、迁移割接或大促秒杀。',
        features: ['活动前的架构与容量评审', '当天的操作手册，含回滚点', '活动期间工程师实时值守', '活动后复盘与改进建议'],
      },
    },
  },
  {
    id: 'on-demand',
    billing: 'per-second',
    priceCents: 18_000,
    firstResponseMinutes: 15,
    aroundTheClock: true,
    includesCall: true,
    text: {
      en: {
        name: 'On-demand engineer',
        tagline: 'Switch an engineer on when you need one, off when you do not.',
        features: ['Critical issues answered within 15 minutes', 'Billed by the second while switched on', 'Switch on and off at any time', 'The same engineer stays with an issue until it is solved'],
      },
      'zh-cn': {
        name: '按需工程师',
        tagline: '需要时开启，不需要时关闭。',
        features: ['紧急问题 15 分钟内响应', '开启期间按秒计费', '随时开启、随时关闭', '同一位工程师跟进到问题解决'],
      },
    },
  },
]);
