/** Small pieces the queue and the case page share: the first-response deadline with its flag, and state. */
import type { RequestRow } from '../../schemas/requests.ts';
import { slaStatus } from '../../services/sla.ts';
import type { ConsoleStrings } from '../strings/console.ts';
import { Countdown, Moment } from './countdown.tsx';

/** The promise's status in words (never colour alone); the class only adds emphasis. */
export function SlaFlag({ request, now, t }: { request: RequestRow; now: number; t: ConsoleStrings }) {
  const status = slaStatus(request, now);
  if (!status) return null;
  return <span class={`badge sla sla-${status}`}>{t.sla[status]}</span>;
}

/** While a first response is owed: a live countdown and the deadline in UTC; afterwards, when it was met. */
export function FirstResponseDue({ request, now, t }: { request: RequestRow; now: number; t: ConsoleStrings }) {
  const due = request.first_response_due_at;
  if (due === null) return <>{t.facts.none}</>;
  const open = request.first_response_at === null && (request.state === 'paid' || request.state === 'claimed');
  return (
    <>
      {open && (
        <>
          <Countdown deadline={due} now={now} t={t} />
          {' · '}
        </>
      )}
      <Moment at={due} t={t} /> <SlaFlag request={request} now={now} t={t} />
    </>
  );
}
