/** The frame of every signed-in console page: the site shell with the console's menu, styles and script. */
import type { Child } from 'hono/jsx';
import type { Language } from '../../schemas/requests.ts';
import { Shell } from '../shell.tsx';
import { consoleStrings } from '../strings/console.ts';
import { consoleEventStrings } from '../strings/console-events.ts';
import { consolePaths } from './paths.ts';

export type ConsoleSection = 'queue' | 'events' | 'metrics' | 'outbox' | 'case';

export interface ConsoleFrameProps {
  language: Language;
  title: string;
  section: ConsoleSection;
  reviewer: string;
  csrfToken: string;
  /** This page in the other language. */
  alternate: string;
  children?: Child;
}

export const consoleStyles = ['/styles/report.css', '/styles/console.css'];
export const consoleScripts = ['/js/console.js'];

export function ConsoleFrame(props: ConsoleFrameProps) {
  const t = consoleStrings[props.language];
  const paths = consolePaths(props.language);
  const current = (section: ConsoleSection) => (props.section === section ? { 'aria-current': 'page' as const } : {});
  const nav = (
    <nav class="console-nav" aria-label={t.nav.label}>
      <ul>
        <li>
          <a href={paths.queue} {...current('queue')}>
            {t.nav.queue}
          </a>
        </li>
        <li>
          <a href={paths.events} {...current('events')}>
            {consoleEventStrings[props.language].navEvents}
          </a>
        </li>
        <li>
          <a href={paths.metrics} {...current('metrics')}>
            {t.nav.metrics}
          </a>
        </li>
        <li>
          <a href={paths.outbox} {...current('outbox')}>
            {t.nav.outbox}
          </a>
        </li>
        <li>
          <form method="post" action={paths.signOut} class="sign-out">
            <input type="hidden" name="csrf" value={props.csrfToken} />
            <button type="submit" class="link-button">
              {t.nav.signOut}
            </button>
          </form>
        </li>
      </ul>
      <p class="signed-in">{t.signedInAs(props.reviewer)}</p>
    </nav>
  );
  return (
    <Shell language={props.language} title={`${props.title} · ${t.consoleName}`} alternate={props.alternate} nav={nav} styles={consoleStyles} scripts={consoleScripts}>
      {props.children}
    </Shell>
  );
}
