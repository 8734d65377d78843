/**
 * The on-demand engineer's e-mails to customers, in both languages (the account's language). They go through
 * the same outbox as every other e-mail; an account's e-mail is written only if the change it announces applied.
 */
import type { Language } from '../schemas/requests.ts';
import { randomKey } from './secrets.ts';

export type AccountEmailKind = 'on-demand-saved' | 'on-demand-active' | 'on-demand-ended';

interface Params {
  link: string;
}

type Template = (p: Params) => { subject: string; body: string };

const signOffEn = '\n\n— Plumbline\nAn engineer when you need one, billed by the second, no minimum term.';
const signOffZh = '\n\n— Plumbline\n需要时随时找工程师，按秒计费，无最低期限。';

const templates: Record<Language, Record<AccountEmailKind, Template>> = {
  en: {
    'on-demand-saved': (p) => ({
      subject: 'Your on-demand engineer: your private page',
      body: `We have saved your request to switch on an on-demand engineer. Nothing is billed until the subscription starts.\n\nYour private page (keep this link; anyone with it can open cases and switch the engineer off):\n${p.link}${signOffEn}`,
    }),
    'on-demand-active': (p) => ({
      subject: 'Your on-demand engineer is switched on',
      body: `Your subscription has started. Open a case from your page whenever you need an engineer; their time on your cases is billed by the second, and you can switch off at any time.\n\n${p.link}${signOffEn}`,
    }),
    'on-demand-ended': (p) => ({
      subject: 'Your on-demand engineer is switched off',
      body: `Your subscription has ended. The time not yet billed is on a final invoice; your page shows the final usage and the invoice's status.\n\n${p.link}${signOffEn}`,
    }),
  },
  'zh-cn': {
    'on-demand-saved': (p) => ({
      subject: '按需工程师：你的专属页面',
      body: `我们已保存你开启按需工程师的申请。订阅开始之前不会产生任何费用。\n\n你的专属页面（请保存此链接，任何持有链接的人都能提交工单并关闭服务）：\n${p.link}${signOffZh}`,
    }),
    'on-demand-active': (p) => ({
      subject: '按需工程师已开启',
      body: `你的订阅已开始。需要工程师时，请在你的页面上提交工单；工程师处理工单的时间按秒计费，你可以随时关闭。\n\n${p.link}${signOffZh}`,
    }),
    'on-demand-ended': (p) => ({
      subject: '按需工程师已关闭',
      body: `你的订阅已结束。尚未计费的时间已计入最终账单；你的页面会显示最终用量和账单状态。\n\n${p.link}${signOffZh}`,
    }),
  },
};

export interface AccountEmail {
  id: string;
  to: string;
  language: Language;
  kind: AccountEmailKind;
  subject: string;
  body: string;
  createdAt: number;
}

export function accountEmail(kind: AccountEmailKind, to: string, language: Language, link: string, now: number): AccountEmail {
  return { id: randomKey(), to, language, kind, ...templates[language][kind]({ link }), createdAt: now };
}

/** Puts an account's e-mail in the outbox; with `changeId`, only if that account change applied. */
export function insertAccountEmail(db: D1Database, accountId: string, email: AccountEmail, changeId?: string): D1PreparedStatement {
  const values = [email.id, email.to, email.language, email.kind, email.subject, email.body, email.createdAt];
  const columns = '(id, request_id, to_address, language, kind, subject, body, created_at)';
  if (!changeId) return db.prepare(`INSERT INTO emails ${columns} VALUES (?, NULL, ?, ?, ?, ?, ?, ?)`).bind(...values);
  return db
    .prepare(`INSERT INTO emails ${columns} SELECT ?, NULL, ?, ?, ?, ?, ?, ? WHERE EXISTS (SELECT 1 FROM on_demand_accounts WHERE id = ? AND last_change_id = ?)`)
    .bind(...values, accountId, changeId);
}
