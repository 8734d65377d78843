/** The outbox: every e-mail Plumbline has written, newest first, with its delivery status. */
import type { Mailer } from '../../integrations/email/mailer.ts';
import type { EmailRow, Language } from '../../schemas/requests.ts';
import { consoleStrings } from '../strings/console.ts';
import { EmailList } from './emails.tsx';
import { ConsoleFrame } from './frame.tsx';
import { consolePaths } from './paths.ts';

export interface OutboxPageProps {
  language: Language;
  reviewer: string;
  csrfToken: string;
  alternate: string;
  mailerMode: Mailer['mode'];
  emails: EmailRow[];
}

export function OutboxPage(props: OutboxPageProps) {
  const t = consoleStrings[props.language];
  return (
    <ConsoleFrame language={props.language} title={t.outbox.title} section="outbox" reviewer={props.reviewer} csrfToken={props.csrfToken} alternate={props.alternate}>
      <h1>{t.outbox.title}</h1>
      <p class="notice">{props.mailerMode === 'local' ? t.outbox.modeLocal : t.outbox.modeResend}</p>
      <p>{t.outbox.count(props.emails.length)}</p>
      {props.emails.length === 0 ? <p>{t.outbox.empty}</p> : <EmailList emails={props.emails} t={t} paths={consolePaths(props.language)} headingLevel={2} linkCases />}
    </ConsoleFrame>
  );
}
