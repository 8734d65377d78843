/** The event runbook the engineer shared: a page that prints cleanly, in the language of the review. */
import { raw } from 'hono/html';
import type { Language, RequestRow } from '../schemas/requests.ts';
import { renderTaskListMarkdown } from '../services/markdown.ts';
import { Shell } from './shell.tsx';
import { eventStrings } from './strings/events.ts';
import { requestStrings } from './strings/requests.ts';

export function RunbookPage({ language, request, markdown, accessKey }: { language: Language; request: RequestRow; markdown: string; accessKey: string }) {
  const t = eventStrings[language];
  const prefix = language === 'zh-cn' ? '/zh-cn' : '';
  const base = `${prefix}/requests/${request.id}`;
  const keyQuery = `?key=${encodeURIComponent(accessKey)}`;
  const updated =
    request.runbook_updated_at !== null && request.runbook_updated_by
      ? t.runbookUpdated(request.runbook_updated_by, new Date(request.runbook_updated_at).toISOString().slice(0, 16).replace('T', ' ') + ' UTC')
      : null;
  return (
    <Shell language={language} title={t.runbookTitle} alternate={`${language === 'zh-cn' ? '' : '/zh-cn'}/requests/${request.id}/runbook${keyQuery}`} scripts={['/js/print.js']}>
      <nav class="review-actions no-print" aria-label={t.runbookTitle}>
        <a href={`${base}${keyQuery}`}>{requestStrings[language].backToStatus}</a> ·{' '}
        <button type="button" class="link-button" data-print hidden>
          {t.runbookPrint}
        </button>
      </nav>
      {updated && <p class="meta">{updated}</p>}
      <article class="prose runbook" lang={request.review_language === 'zh-cn' ? 'zh-CN' : 'en'}>
        {raw(renderTaskListMarkdown(markdown))}
      </article>
    </Shell>
  );
}
