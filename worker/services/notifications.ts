/**
 * Every e-mail Plumbline sends, in both languages: customers get theirs in the language they chose for
 * the review, reviewers in English. Templates take parameters; sentences are never glued together.
 */
import type { Language } from '../schemas/requests.ts';

export interface EmailParams {
  /** Tier name in the e-mail's language. */
  tier: string;
  /** Absolute link to the customer's status page, or to the case in the console for reviewers. */
  link: string;
  /** The first-response deadline, formatted for the reader (UTC). */
  deadline?: string;
  reviewer?: string;
  /** Body text a reviewer wrote (first response, follow-up answer). */
  text?: string;
  reason?: string;
}

export type EmailKind =
  | 'request-received'
  | 'payment-received'
  | 'payment-processing'
  | 'payment-failed'
  | 'checkout-expired'
  | 'refunded'
  | 'claimed'
  | 'first-response'
  | 'delivered'
  | 'follow-up-answered'
  | 'reviewer-new-case'
  | 'reviewer-follow-up'
  | 'reviewer-handover'
  | 'reviewer-sla-nearing'
  | 'reviewer-sla-breached'
  | 'reviewer-paged'
  | 'page-answered'
  | 'runbook-shared';

type Template = (p: EmailParams) => { subject: string; body: string };

const signOffEn = '\n\n— Plumbline\nPay per review, no contract. The engineer who picks up your review owns it to the end.';
const signOffZh = '\n\n— Plumbline\n按次付费，无需合同。接手评审的工程师从头负责到底。';

const en: Record<EmailKind, Template> = {
  'request-received': (p) => ({
    subject: `Your ${p.tier} request is saved`,
    body: `We have saved your request for a ${p.tier}.\n\nYour private status page (keep this link; anyone with it can see your request):\n${p.link}\n\nIf you closed the payment page, you can pay from there at any time.${signOffEn}`,
  }),
  'payment-received': (p) => ({
    subject: `Payment received: your ${p.tier} is in the queue`,
    body: `Thank you: your payment has arrived and your request is in our engineers' queue.\n\nFirst response by: ${p.deadline}\n\nFollow it here:\n${p.link}${signOffEn}`,
  }),
  'payment-processing': (p) => ({
    subject: 'Your payment is being processed',
    body: `Your payment method settles later. We will start as soon as it has arrived and write to you then.\n\n${p.link}${signOffEn}`,
  }),
  'payment-failed': (p) => ({
    subject: 'Your payment did not go through',
    body: `Your payment for a ${p.tier} failed, so nothing was charged and no review was started. You can start a new request from your status page:\n${p.link}${signOffEn}`,
  }),
  'checkout-expired': (p) => ({
    subject: 'Your checkout expired',
    body: `The payment page for your ${p.tier} expired before payment, so nothing was charged. Your request is kept; you can start again from:\n${p.link}${signOffEn}`,
  }),
  refunded: (p) => ({
    subject: 'Your payment has been refunded',
    body: `We have refunded your payment for the ${p.tier}. It usually reaches your account within 5 to 10 business days.\n\n${p.link}${signOffEn}`,
  }),
  claimed: (p) => ({
    subject: `${p.reviewer} is your engineer`,
    body: `${p.reviewer} has picked up your review and owns it until it is delivered: no hand-offs between lines of support.\n\nFirst response by: ${p.deadline}\n\n${p.link}${signOffEn}`,
  }),
  'first-response': (p) => ({
    subject: `First response from ${p.reviewer}`,
    body: `${p.text}\n\n— ${p.reviewer}\n\nYour status page:\n${p.link}${signOffEn}`,
  }),
  delivered: (p) => ({
    subject: 'Your architecture review is ready',
    body: `${p.reviewer} has delivered your ${p.tier}. Read it, download it as Markdown or print it to PDF here:\n${p.link}${signOffEn}`,
  }),
  'follow-up-answered': (p) => ({
    subject: `${p.reviewer} answered your follow-up question`,
    body: `${p.text}\n\n— ${p.reviewer}\n\n${p.link}${signOffEn}`,
  }),
  'reviewer-new-case': (p) => ({
    subject: `New paid ${p.tier}: first response by ${p.deadline}`,
    body: `A paid request is waiting in the queue. First response by ${p.deadline}.\n\nClaim it: ${p.link}`,
  }),
  'reviewer-follow-up': (p) => ({
    subject: 'The customer asked a follow-up question',
    body: `${p.text}\n\nAnswer it in the console: ${p.link}`,
  }),
  'reviewer-handover': (p) => ({
    subject: `${p.reviewer} handed a case over to you`,
    body: `You now own this case to the end.\n\nReason: ${p.reason}\n\n${p.link}`,
  }),
  'reviewer-sla-nearing': (p) => ({
    subject: `80 % of the first-response time used (${p.tier})`,
    body: `This case must have a first response by ${p.deadline}.\n\n${p.link}`,
  }),
  'reviewer-sla-breached': (p) => ({
    subject: `First-response deadline missed (${p.tier})`,
    body: `This case passed its first-response deadline of ${p.deadline} without a response.\n\n${p.link}`,
  }),
  'reviewer-paged': (p) => ({
    subject: `PAGE: ${p.reason} (${p.tier}), respond by ${p.deadline}`,
    body: `You are paged. Respond by ${p.deadline} (15 minutes).\n\n${p.text}\n\nAcknowledge and answer in the console: ${p.link}`,
  }),
  'page-answered': (p) => ({
    subject: `${p.reviewer} is on it`,
    body: `${p.text}\n\n— ${p.reviewer}\n\n${p.link}${signOffEn}`,
  }),
  'runbook-shared': (p) => ({
    subject: 'Your event runbook is ready',
    body: `${p.reviewer} has shared the runbook for your event: the timeline, owners, checks and scenario runbooks. Read or print it here:\n${p.link}${signOffEn}`,
  }),
};

const zhCn: Record<EmailKind, Template> = {
  'request-received': (p) => ({
    subject: `你的${p.tier}申请已保存`,
    body: `我们已保存你的${p.tier}申请。\n\n你的专属状态页面（请保存此链接，任何持有链接的人都能查看你的申请）：\n${p.link}\n\n如果你关闭了付款页面，随时可以从状态页面继续付款。${signOffZh}`,
  }),
  'payment-received': (p) => ({
    subject: `已收到付款：你的${p.tier}已进入工程师队列`,
    body: `感谢付款，你的申请已进入工程师队列。\n\n首次响应截止时间：${p.deadline}\n\n在这里查看进度：\n${p.link}${signOffZh}`,
  }),
  'payment-processing': (p) => ({
    subject: '你的付款正在处理中',
    body: `你选择的付款方式需要一段时间才能到账。款项到账后我们会立即开始，并通知你。\n\n${p.link}${signOffZh}`,
  }),
  'payment-failed': (p) => ({
    subject: '你的付款未成功',
    body: `你为${p.tier}支付的款项未成功，因此没有扣款，评审也未开始。你可以在状态页面重新发起申请：\n${p.link}${signOffZh}`,
  }),
  'checkout-expired': (p) => ({
    subject: '付款页面已过期',
    body: `你的${p.tier}付款页面在付款前已过期，没有产生任何扣款。申请仍然保留，你可以在这里重新开始：\n${p.link}${signOffZh}`,
  }),
  refunded: (p) => ({
    subject: '你的款项已退回',
    body: `我们已退回你为${p.tier}支付的款项，通常会在 5 到 10 个工作日内到账。\n\n${p.link}${signOffZh}`,
  }),
  claimed: (p) => ({
    subject: `${p.reviewer} 将负责你的评审`,
    body: `${p.reviewer} 已接手你的评审，并将负责到交付为止，中途不会转给其他支持人员。\n\n首次响应截止时间：${p.deadline}\n\n${p.link}${signOffZh}`,
  }),
  'first-response': (p) => ({
    subject: `来自 ${p.reviewer} 的首次响应`,
    body: `${p.text}\n\n— ${p.reviewer}\n\n你的状态页面：\n${p.link}${signOffZh}`,
  }),
  delivered: (p) => ({
    subject: '你的架构评审已完成',
    body: `${p.reviewer} 已交付你的${p.tier}。你可以在这里阅读、下载 Markdown 版本或打印为 PDF：\n${p.link}${signOffZh}`,
  }),
  'follow-up-answered': (p) => ({
    subject: `${p.reviewer} 已回答你的追问`,
    body: `${p.text}\n\n— ${p.reviewer}\n\n${p.link}${signOffZh}`,
  }),
  'reviewer-new-case': (p) => en['reviewer-new-case'](p),
  'reviewer-follow-up': (p) => en['reviewer-follow-up'](p),
  'reviewer-handover': (p) => en['reviewer-handover'](p),
  'reviewer-sla-nearing': (p) => en['reviewer-sla-nearing'](p),
  'reviewer-sla-breached': (p) => en['reviewer-sla-breached'](p),
  'reviewer-paged': (p) => en['reviewer-paged'](p),
  'page-answered': (p) => ({
    subject: `${p.reviewer} 正在处理`,
    body: `${p.text}\n\n— ${p.reviewer}\n\n${p.link}${signOffZh}`,
  }),
  'runbook-shared': (p) => ({
    subject: '你的活动运行手册已就绪',
    body: `${p.reviewer} 已共享你这次活动的运行手册，包括时间线、负责人、检查项和各类场景的处置步骤。可在这里阅读或打印：\n${p.link}${signOffZh}`,
  }),
};

const templates: Record<Language, Record<EmailKind, Template>> = { en, 'zh-cn': zhCn };

export function composeEmail(kind: EmailKind, language: Language, params: EmailParams): { subject: string; body: string } {
  return templates[language][kind](params);
}

/** A deadline as both audiences read it: ISO-like UTC, unambiguous across time zones. */
export function formatDeadline(ms: number, language: Language): string {
  const text = new Date(ms).toISOString().slice(0, 16).replace('T', ' ');
  return language === 'zh-cn' ? `${text}（UTC）` : `${text} UTC`;
}
