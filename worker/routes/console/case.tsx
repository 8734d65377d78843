/** GET `/cases/:id`: the case workspace; also renders it again, with the reason, when an action is refused. */
import type { Context } from 'hono';
import { createRouter, type AppEnv } from '../../app.ts';
import { CasePage, type CaseDrafts } from '../../pages/console/case-page.tsx';
import { consolePaths, inOtherLanguage } from '../../pages/console/paths.ts';
import { htmlDocument } from '../../pages/shell.tsx';
import { DoneNotice } from '../../schemas/console.ts';
import type { Language } from '../../schemas/requests.ts';
import { loadCaseView } from './case-view.ts';

export interface CaseOutcome {
  notice?: DoneNotice | undefined;
  /** Why an action was refused, in the console's language; the page is then answered with `status`. */
  failure?: { message: string; status: 409 | 422 } | undefined;
  drafts?: CaseDrafts | undefined;
}

export async function renderCase(c: Context<AppEnv>, language: Language, id: string, outcome: CaseOutcome = {}): Promise<Response> {
  const deps = c.get('deps');
  const view = await loadCaseView(deps, id, c.get('reviewer').email);
  const page = (
    <CasePage
      language={language}
      reviewer={c.get('reviewer').email}
      csrfToken={c.get('csrfToken')}
      alternate={inOtherLanguage(consolePaths(language).case(id), language)}
      now={deps.now()}
      reviewers={deps.reviewers}
      view={view}
      notice={outcome.notice}
      failure={outcome.failure?.message}
      drafts={outcome.drafts}
    />
  );
  return c.html(await htmlDocument(page), outcome.failure?.status ?? 200);
}

export function caseRoutes(language: Language) {
  return createRouter().get('/cases/:id', (c) => {
    const notice = DoneNotice.optional().catch(undefined).parse(c.req.query('done'));
    return renderCase(c, language, c.req.param('id'), { notice });
  });
}
