/** The delivered review as a page that prints cleanly to PDF. */
import { raw } from 'hono/html';
import { severityLabels } from '../../checks/index.ts';
import type { Language, RequestRow } from '../schemas/requests.ts';
import { renderMarkdown } from '../services/markdown.ts';
import type { ReviewedFinding } from '../services/review-document.ts';
import { tierName } from '../services/requests.ts';
import { FollowUp } from './request-status.tsx';
import { Shell } from './shell.tsx';
import { requestStrings } from './strings/requests.ts';

export interface DeliveredReviewProps {
  language: Language;
  request: RequestRow;
  reviewed: ReviewedFinding[];
  csrfToken: string;
  accessKey: string;
  canAskFollowUp: boolean;
}

export function DeliveredReviewPage({ language, request, reviewed, csrfToken, accessKey, canAskFollowUp }: DeliveredReviewProps) {
  const t = requestStrings[language];
  const prefix = language === 'zh-cn' ? '/zh-cn' : '';
  const base = `${prefix}/requests/${request.id}`;
  const keyQuery = `?key=${encodeURIComponent(accessKey)}`;
  const severityNames = severityLabels[language];
  return (
    <Shell language={language} title={t.reviewTitle} alternate={`${language === 'zh-cn' ? '' : '/zh-cn'}/requests/${request.id}/review${keyQuery}`} scripts={['/js/print.js']}>
      <article class="delivered-review" lang={request.review_language === 'zh-cn' ? 'zh-CN' : 'en'}>
        <h1>
          {t.reviewTitle}: {tierName(request.tier, language)}
        </h1>
        <p class="meta">{t.reviewBy(request.owner_email ?? '', request.delivered_at ? new Date(request.delivered_at).toISOString().slice(0, 10) : '')}</p>
        <nav class="review-actions no-print" aria-label={t.reviewTitle}>
          <a href={`${base}${keyQuery}`}>{t.backToStatus}</a> ·{' '}
          <a href={`${base}/review.md${keyQuery}`} download={`plumbline-review-${request.id}.md`}>
            {t.downloadMarkdown}
          </a>{' '}
          ·{' '}
          <button type="button" class="link-button" data-print hidden>
            {t.print}
          </button>
        </nav>
        <div class="prose">{raw(renderMarkdown(request.review_markdown ?? ''))}</div>
        {reviewed.length > 0 && (
          <section aria-labelledby="verdicts-heading">
            <h2 id="verdicts-heading">{t.findingsTitle}</h2>
            <ul class="verdicts">
              {reviewed.map((item) => (
                <li>
                  <strong>{t.verdicts[item.note.verdict]}</strong>
                  {item.note.verdict === 'severity' && item.note.severity && <> ({t.changedTo(severityNames[item.note.severity])})</>}: {item.title} <code>{item.location}</code>
                  {item.note.note && <p class="pre-wrap">{item.note.note}</p>}
                </li>
              ))}
            </ul>
          </section>
        )}
      </article>
      {request.tier === 'developer' && <FollowUp language={language} request={request} csrfToken={csrfToken} accessKey={accessKey} canAsk={canAskFollowUp} action={`${base}/follow-up`} />}
    </Shell>
  );
}
