/** E-mails from the outbox table, as the outbox page and the case page list them. */
import type { EmailRow } from '../../schemas/requests.ts';
import type { ConsoleStrings } from '../strings/console.ts';
import { Moment } from './countdown.tsx';
import type { ConsolePaths } from './paths.ts';

export interface EmailListProps {
  emails: EmailRow[];
  t: ConsoleStrings;
  paths: ConsolePaths;
  /** Level of each message's heading, below the section's own. */
  headingLevel: 2 | 3;
  /** The outbox links each message to its case; the case page does not need to. */
  linkCases?: boolean;
  /** Fold the bodies away (the case page), or show them (the outbox). */
  foldBodies?: boolean;
}

export function EmailList(props: EmailListProps) {
  const { t } = props;
  return (
    <ol class="emails">
      {props.emails.map((email) => {
        const subject = <span lang={email.language === 'zh-cn' ? 'zh-CN' : 'en'}>{email.subject}</span>;
        const body = (
          <pre class="email-body" tabindex={0} lang={email.language === 'zh-cn' ? 'zh-CN' : 'en'}>
            {email.body}
          </pre>
        );
        return (
          <li class="email">
            {props.headingLevel === 2 ? <h2>{subject}</h2> : <h3>{subject}</h3>}
            <dl class="case-facts">
              <div class="address">
                <dt>{t.emails.to}</dt>
                <dd>{email.to_address}</dd>
              </div>
              <div>
                <dt>{t.emails.kind}</dt>
                <dd>
                  <code>{email.kind}</code>
                </dd>
              </div>
              <div>
                <dt>{t.emails.status}</dt>
                <dd class={`email-${email.status}`}>{t.emails.statuses[email.status]}</dd>
              </div>
              <div>
                <dt>{t.emails.written}</dt>
                <dd>
                  <Moment at={email.created_at} t={t} />
                </dd>
              </div>
              {email.sent_at !== null && (
                <div>
                  <dt>{t.emails.sent}</dt>
                  <dd>
                    <Moment at={email.sent_at} t={t} />
                  </dd>
                </div>
              )}
              {email.status !== 'sent' && email.attempts > 0 && (
                <div>
                  <dt>{t.emails.attempts}</dt>
                  <dd>{email.attempts}</dd>
                </div>
              )}
              {email.last_error && (
                <div>
                  <dt>{t.emails.lastError}</dt>
                  <dd>{email.last_error}</dd>
                </div>
              )}
            </dl>
            {props.linkCases && email.request_id && (
              <p>
                <a href={props.paths.case(email.request_id)}>{t.emails.openCase}</a>
              </p>
            )}
            {props.foldBodies ? (
              <details>
                <summary>{t.emails.body}</summary>
                {body}
              </details>
            ) : (
              body
            )}
          </li>
        );
      })}
    </ol>
  );
}
