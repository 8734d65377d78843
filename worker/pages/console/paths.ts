/** Where everything in the reviewer console lives, per language, so pages and routes build links one way. */
import type { Language } from '../../schemas/requests.ts';
import { languagePrefix } from '../../services/links.ts';

export type CaseAction = 'claim' | 'handover' | 'notes' | 'review' | 'deliver' | 'first-response' | 'follow-up';

export function consolePaths(language: Language) {
  const queue = `${languagePrefix(language)}/console`;
  return {
    queue,
    signIn: `${queue}/sign-in`,
    signOut: `${queue}/sign-out`,
    events: `${queue}/events`,
    metrics: `${queue}/metrics`,
    outbox: `${queue}/outbox`,
    case: (id: string) => `${queue}/cases/${id}`,
    caseAction: (id: string, action: CaseAction) => `${queue}/cases/${id}/${action}`,
  };
}

export type ConsolePaths = ReturnType<typeof consolePaths>;

export const otherLanguage = (language: Language): Language => (language === 'zh-cn' ? 'en' : 'zh-cn');

// Only plain console paths (with a plain query, e.g. queue filters): no host, no `//`, no dots or backslashes, so a crafted link cannot send a
// reviewer who just signed in to another site.
const consolePath = /^(?:\/zh-cn)?\/console(?:\/[A-Za-z0-9_-]+)*\/?(?:\?[A-Za-z0-9_=&%-]*)?$/;

/** The page to open after signing in: `next` when it is a console path on this site, otherwise the queue. */
export function pageAfterSignIn(next: string | undefined, language: Language): string {
  return next && consolePath.test(next) ? next : consolePaths(language).queue;
}

/** The same console page in the other language (the query string is kept). */
export function inOtherLanguage(pathAndQuery: string, language: Language): string {
  const bare = language === 'zh-cn' ? pathAndQuery.replace(/^\/zh-cn/, '') : pathAndQuery;
  return otherLanguage(language) === 'zh-cn' ? `/zh-cn${bare}` : bare;
}

/** The id of a finding's section on the case page (finding keys hold `@`, `/` and `:`). */
export const findingAnchor = (findingKey: string) => `finding-${findingKey.replace(/[^A-Za-z0-9_-]/g, '_')}`;
