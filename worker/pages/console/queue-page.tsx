/** The queue: paid requests, nearest first-response deadline first, with live countdowns and filters. */
import { QueueState, type QueueQuery } from '../../schemas/console.ts';
import { Language, RequestTier, type RequestRow } from '../../schemas/requests.ts';
import { tierName } from '../../services/requests.ts';
import { consoleStrings } from '../strings/console.ts';
import { FirstResponseDue } from './facts.tsx';
import { ConsoleFrame } from './frame.tsx';
import { consolePaths } from './paths.ts';
import type { PageRow } from '../../services/paging.ts';
import { PageAlerts } from './page-alerts.tsx';
import { OnDemandMarks, PresenceToggle } from './on-demand-case.tsx';

export interface QueuePageProps {
  language: Language;
  reviewer: string;
  csrfToken: string;
  alternate: string;
  now: number;
  filter: QueueQuery;
  cases: RequestRow[];
  /** Unacknowledged pages for this reviewer. */
  alerts: PageRow[];
  /** The reviewer is marked away (on-demand customers' new cases then go to everyone). */
  away: boolean;
}

export function QueuePage(props: QueuePageProps) {
  const t = consoleStrings[props.language];
  const paths = consolePaths(props.language);
  return (
    <ConsoleFrame language={props.language} title={t.queue.title} section="queue" reviewer={props.reviewer} csrfToken={props.csrfToken} alternate={props.alternate}>
      <PageAlerts language={props.language} pages={props.alerts} />
      <h1>{t.queue.title}</h1>
      <p>{t.queue.intro}</p>
      <PresenceToggle language={props.language} away={props.away} csrfToken={props.csrfToken} />

      <form method="get" action={paths.queue} class="queue-filters" aria-labelledby="filters-heading">
        <h2 id="filters-heading" class="visually-hidden">
          {t.queue.filters}
        </h2>
        <div class="field">
          <label for="filter-state">{t.queue.state}</label>
          <select id="filter-state" name="state">
            {QueueState.options.map((state) => (
              <option value={state} selected={props.filter.state === state}>
                {t.queue.states[state]}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="filter-tier">{t.queue.tier}</label>
          <select id="filter-tier" name="tier">
            <option value="">{t.queue.any}</option>
            {RequestTier.options.map((tier) => (
              <option value={tier} selected={props.filter.tier === tier}>
                {tierName(tier, props.language)}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="filter-language">{t.queue.language}</label>
          <select id="filter-language" name="language">
            <option value="">{t.queue.any}</option>
            {Language.options.map((language) => (
              <option value={language} selected={props.filter.language === language}>
                {t.languages[language]}
              </option>
            ))}
          </select>
        </div>
        <label class="inline-choice">
          <input type="checkbox" name="mine" value="1" checked={props.filter.mine === '1'} /> {t.queue.mine}
        </label>
        <button type="submit" class="button">
          {t.queue.apply}
        </button>
      </form>

      <p>{t.queue.count(props.cases.length)}</p>
      {props.cases.length === 0 ? (
        <p>{t.queue.empty}</p>
      ) : (
        <ol class="queue">
          {props.cases.map((request) => (
            <li class="queue-case" data-sla={request.sla_flag ?? undefined}>
              <h2>
                <a href={paths.case(request.id)}>{t.queue.caseTitle(tierName(request.tier, props.language), request.email)}</a>
                {request.owner_email === props.reviewer && (
                  <>
                    {' '}
                    <span class="badge mine">{t.queue.mineBadge}</span>
                  </>
                )}
                <OnDemandMarks language={props.language} request={request} reviewer={props.reviewer} />
              </h2>
              <dl class="case-facts">
                <div>
                  <dt>{t.facts.due}</dt>
                  <dd>
                    <FirstResponseDue request={request} now={props.now} t={t} />
                  </dd>
                </div>
                <div>
                  <dt>{t.facts.state}</dt>
                  <dd>{t.states[request.state]}</dd>
                </div>
                <div class="address">
                  <dt>{t.facts.owner}</dt>
                  <dd>{request.owner_email ?? t.facts.nobody}</dd>
                </div>
                <div>
                  <dt>{t.facts.reviewLanguage}</dt>
                  <dd>{t.languages[request.review_language]}</dd>
                </div>
                <div>
                  <dt>{t.facts.urgency}</dt>
                  <dd>{t.urgencies[request.urgency]}</dd>
                </div>
              </dl>
            </li>
          ))}
        </ol>
      )}
    </ConsoleFrame>
  );
}
