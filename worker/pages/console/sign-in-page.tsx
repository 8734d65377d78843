/** The reviewer sign-in: a form for the local development sign-in, an explanation under Cloudflare Access. */
import type { Language } from '../../schemas/requests.ts';
import { Shell } from '../shell.tsx';
import { consoleStrings } from '../strings/console.ts';
import { consoleStyles, consoleScripts } from './frame.tsx';
import { consolePaths } from './paths.ts';

export interface SignInPageProps {
  language: Language;
  /** Set under Cloudflare Access: there is no form then, only an explanation. */
  accessTeamDomain?: string | undefined;
  csrfToken: string;
  /** The console page to open afterwards. */
  next: string;
  alternate: string;
  email?: string | undefined;
  /** Why the last attempt was refused. */
  error?: 'refused' | 'noReviewers' | undefined;
  signedOut?: boolean;
}

export function SignInPage(props: SignInPageProps) {
  const t = consoleStrings[props.language];
  const paths = consolePaths(props.language);
  return (
    <Shell language={props.language} title={t.signIn.title} alternate={props.alternate} styles={consoleStyles} scripts={consoleScripts}>
      <h1>{t.signIn.title}</h1>
      {props.signedOut && (
        <p class="notice" role="status">
          {t.signIn.signedOut}
        </p>
      )}
      {props.accessTeamDomain ? (
        <>
          <p>{t.signIn.accessIntro(props.accessTeamDomain)}</p>
          <p>
            <a class="button" href={paths.queue}>
              {t.signIn.accessOpen}
            </a>
          </p>
        </>
      ) : (
        <>
          <p>{t.signIn.localIntro}</p>
          <form method="post" action={paths.signIn} class="service-form sign-in-form" novalidate>
            <input type="hidden" name="csrf" value={props.csrfToken} />
            <input type="hidden" name="next" value={props.next} />
            <div class="field">
              <label for="sign-in-email">{t.signIn.email}</label>
              {props.error && (
                <p class="field-error" id="sign-in-error" role="alert">
                  {t.signIn[props.error]}
                </p>
              )}
              <input
                id="sign-in-email"
                name="email"
                type="email"
                autocomplete="username"
                required
                value={props.email ?? ''}
                {...(props.error ? { 'aria-invalid': 'true', 'aria-describedby': 'sign-in-error' } : {})}
              />
            </div>
            <p>
              <button type="submit" class="button">
                {t.signIn.submit}
              </button>
            </p>
          </form>
        </>
      )}
    </Shell>
  );
}
