/** GET `/outbox`: every e-mail written, newest first (in local mode, the only place they arrive). */
import { createRouter } from '../../app.ts';
import { listEmails } from '../../db/requests.ts';
import { OutboxPage } from '../../pages/console/outbox-page.tsx';
import { consolePaths, inOtherLanguage } from '../../pages/console/paths.ts';
import { htmlDocument } from '../../pages/shell.tsx';
import type { Language } from '../../schemas/requests.ts';

export function outboxRoutes(language: Language) {
  return createRouter().get('/outbox', async (c) => {
    const deps = c.get('deps');
    const page = (
      <OutboxPage
        language={language}
        reviewer={c.get('reviewer').email}
        csrfToken={c.get('csrfToken')}
        alternate={inOtherLanguage(consolePaths(language).outbox, language)}
        mailerMode={deps.mailer.mode}
        emails={await listEmails(deps.db)}
      />
    );
    return c.html(await htmlDocument(page));
  });
}
