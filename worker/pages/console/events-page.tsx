/** Upcoming events by start time, with each one's owner, standby window and open pages. */
import type { EventIntake } from '../../schemas/events.ts';
import type { Language, RequestRow } from '../../schemas/requests.ts';
import type { PageRow } from '../../services/paging.ts';
import { standbyState } from '../../services/events.ts';
import { eventStrings } from '../strings/events.ts';
import { consoleEventStrings } from '../strings/console-events.ts';
import { ConsoleFrame } from './frame.tsx';
import { PageAlerts } from './page-alerts.tsx';
import { consolePaths } from './paths.ts';

export interface UpcomingEvent {
  request: RequestRow;
  intake: EventIntake;
  openPages: number;
}

const utc = (ms: number | null) => (ms === null ? '' : new Date(ms).toISOString().slice(0, 16).replace('T', ' '));

export function EventsPage(props: { language: Language; reviewer: string; csrfToken: string; alternate: string; now: number; events: UpcomingEvent[]; alerts: PageRow[] }) {
  const t = consoleEventStrings[props.language];
  const e = eventStrings[props.language];
  const paths = consolePaths(props.language);
  return (
    <ConsoleFrame language={props.language} title={t.eventsTitle} section="events" reviewer={props.reviewer} csrfToken={props.csrfToken} alternate={props.alternate}>
      <PageAlerts language={props.language} pages={props.alerts} />
      <h1>{t.eventsTitle}</h1>
      <p>{t.eventsIntro}</p>
      {props.events.length === 0 ? (
        <p>{t.noEvents}</p>
      ) : (
        <div class="table-scroll">
          <table class="queue-table">
            <thead>
              <tr>
                <th scope="col">{t.columns.starts}</th>
                <th scope="col">{t.columns.event}</th>
                <th scope="col">{t.columns.customer}</th>
                <th scope="col">{t.columns.owner}</th>
                <th scope="col">{t.columns.standby}</th>
                <th scope="col">{t.columns.pages}</th>
              </tr>
            </thead>
            <tbody>
              {props.events.map(({ request, intake, openPages }) => (
                <tr data-standby={standbyState(request, props.now)}>
                  <td>{utc(request.event_starts_at)}</td>
                  <td>
                    <a href={paths.case(request.id)}>
                      {e.eventTypes[intake.eventType]} · {intake.eventDate} {intake.eventTime} {intake.timeZone}
                    </a>
                  </td>
                  <td>{request.email}</td>
                  <td>{request.owner_email ?? t.unowned}</td>
                  <td>{t.standby[standbyState(request, props.now)]}</td>
                  <td>{openPages > 0 ? <strong>{openPages}</strong> : '0'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </ConsoleFrame>
  );
}
