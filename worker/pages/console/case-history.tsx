/** The case's record: its audit log and the e-mails written for it. */
import type { AuditRow, EmailRow } from '../../schemas/requests.ts';
import type { ConsoleStrings } from '../strings/console.ts';
import { Moment } from './countdown.tsx';
import { EmailList } from './emails.tsx';
import type { ConsolePaths } from './paths.ts';

export function AuditSection({ audit, t }: { audit: AuditRow[]; t: ConsoleStrings }) {
  return (
    <section aria-labelledby="audit-heading">
      <h2 id="audit-heading">{t.case.audit}</h2>
      <div class="table-scroll" role="region" aria-labelledby="audit-heading" tabindex={0}>
        <table class="console-table">
          <caption>{t.case.auditCaption}</caption>
          <thead>
            <tr>
              <th scope="col">{t.case.when}</th>
              <th scope="col">{t.case.who}</th>
              <th scope="col">{t.case.action}</th>
              <th scope="col">{t.case.detail}</th>
            </tr>
          </thead>
          <tbody>
            {audit.map((entry) => (
              <tr>
                <td>
                  <Moment at={entry.at} t={t} />
                </td>
                <td>{entry.actor}</td>
                <td>{t.actions[entry.action] ?? entry.action}</td>
                <td class="audit-detail">{entry.detail ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

export function EmailsSection({ emails, t, paths }: { emails: EmailRow[]; t: ConsoleStrings; paths: ConsolePaths }) {
  return (
    <section aria-labelledby="emails-heading">
      <h2 id="emails-heading">{t.case.emails}</h2>
      {emails.length === 0 ? <p>{t.case.noEmails}</p> : <EmailList emails={emails} t={t} paths={paths} headingLevel={3} foldBodies />}
    </section>
  );
}
