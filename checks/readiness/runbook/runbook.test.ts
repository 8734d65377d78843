// Runbook generation: dates in the event's time zone, tailoring by event type and by readiness, both languages.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { EventType, PeakProfileInput } from '../schema.ts';
import { assessSources } from '../sources.ts';
import { runbookMarkdown, type RunbookLanguage } from './index.ts';

const fixture = (name: string) => ({ path: `fixtures/${name}`, content: readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8') });
const reportFor = (name: string, profile: Partial<PeakProfileInput> = {}) => assessSources([fixture(name)], { peakRps: 5000, durationMinutes: 90, ...profile }).report;

/** 20:00 in Shanghai on Wednesday 11 November 2026. */
const singlesDay = Date.parse('2026-11-11T12:00:00Z');

function runbook(options: { eventType?: EventType; language?: RunbookLanguage; fixture?: string; peakRps?: number; startsAt?: number; timeZone?: string } = {}) {
  const report = reportFor(options.fixture ?? 'not-ready.yaml', { eventType: options.eventType ?? 'flash-sale', peakRps: options.peakRps ?? 5000, baselineRps: 1000, regions: ['us-east-1'] });
  return runbookMarkdown({ report, startsAt: options.startsAt ?? singlesDay, timeZone: options.timeZone ?? 'Asia/Shanghai', language: options.language ?? 'en' });
}

/** The lines under one `### …` heading of the timeline. */
function section(markdown: string, heading: RegExp): string {
  const lines = markdown.split('\n');
  const start = lines.findIndex((line) => line.startsWith('### ') && heading.test(line));
  if (start === -1) throw new Error(`no heading ${heading}`);
  const end = lines.findIndex((line, index) => index > start && /^#{2,3} /.test(line));
  return lines.slice(start, end === -1 ? undefined : end).join('\n');
}

describe('dates', () => {
  it('writes the start and every phase on the calendar of the event’s time zone', () => {
    const markdown = runbook();
    expect(markdown).toContain('- **Starts:** Wed 11 Nov 2026 20:00 (`Asia/Shanghai`)');
    expect(markdown).toMatch(/^### Wed 30 Sep 2026 — Six weeks before/m);
    expect(markdown).toMatch(/^### Wed 7 Oct 2026 — Five weeks before/m);
    expect(markdown).toMatch(/^### Wed 4 Nov 2026 — One week before: change freeze/m);
    expect(markdown).toMatch(/^### Mon 9 Nov 2026 — Two days before: go\/no-go/m);
    expect(markdown).toMatch(/^### Mon 16 Nov 2026 — Post-event review/m);
    expect(section(markdown, /Event day/)).toContain('19:00: open the war room');
    expect(section(markdown, /Event day/)).toContain('21:30: the peak window ends');
  });

  it('counts days before the event on the calendar, across a daylight-saving change', () => {
    // 09:00 in New York on Friday 20 March 2026 (EDT); six weeks before is in EST.
    const markdown = runbook({ startsAt: Date.parse('2026-03-20T13:00:00Z'), timeZone: 'America/New_York' });
    expect(markdown).toContain('Fri 20 Mar 2026 09:00 (`America/New_York`)');
    expect(markdown).toMatch(/^### Fri 6 Feb 2026 — Six weeks before/m);
  });

  it('dates a war room that opens the evening before a start just after midnight', () => {
    const markdown = runbook({ startsAt: Date.parse('2026-11-10T15:30:00Z'), timeZone: 'Asia/Tokyo' });
    expect(markdown).toContain('Wed 11 Nov 2026 00:30');
    expect(section(markdown, /Event day/)).toContain('Tue 10 Nov 2026 23:30: open the war room');
  });

  it('writes Chinese dates with the weekday', () => {
    expect(runbook({ language: 'zh-cn' })).toMatch(/^### 2026年9月30日（周三） — 提前六周/m);
  });

  it('refuses an unknown time zone', () => {
    expect(() => runbook({ timeZone: 'Mars/Olympus' })).toThrow(/unknown time zone "Mars\/Olympus"/);
  });
});

describe('tailoring by event type', () => {
  it('gives a migration its cut-over plan, rehearsal, cut-over and rollback scenario, and no sale tasks', () => {
    const markdown = runbook({ eventType: 'migration' });
    expect(markdown).toContain('point of no return');
    expect(section(markdown, /Event day/)).toContain('stop writes, final sync');
    expect(markdown).toContain('### Cut-over rollback');
    expect(markdown).not.toContain('waiting room or queue page');
    expect(markdown).not.toContain('### Traffic beyond the forecast');
  });

  it('gives a flash sale the payment provider, cache warming, a waiting room and stock watching', () => {
    const markdown = runbook({ eventType: 'flash-sale' });
    expect(section(markdown, /Six weeks before/)).toContain('**Payments contact** Tell the payment provider the expected peak (5,000 requests per second)');
    expect(section(markdown, /One week before/)).toContain('waiting room');
    expect(section(markdown, /Event day/)).toContain('oversells');
    expect(markdown).not.toContain('### Cut-over rollback');
  });

  it('gives a launch its feature flag, DNS TTLs and a switch-on at the start time', () => {
    const markdown = runbook({ eventType: 'launch' });
    expect(section(markdown, /Six weeks before/)).toContain('feature flag');
    expect(section(markdown, /Event day/)).toContain('20:00: switch the launch flag on');
    expect(markdown).not.toContain('oversells');
  });

  it('gives a peak a look back at the last one and scheduled scaling', () => {
    const markdown = runbook({ eventType: 'peak' });
    expect(markdown).toContain('Review the last peak');
    expect(section(markdown, /The day before/)).toContain('Schedule scaling actions');
  });
});

describe('tailoring by readiness', () => {
  it('turns every failed or warned item into a task in its week, pointing at the resource', () => {
    const markdown = runbook();
    const capacity = section(markdown, /Five weeks before/);
    expect(capacity).toContain('- [ ] **Operations lead** Must fix: Auto Scaling group `ShopGroup` can reach the peak. Raise MaxSize to at least 65');
    expect(capacity).toContain('`AWS::AutoScaling::AutoScalingGroup.ShopGroup`, `fixtures/not-ready.yaml` line 19');
    expect(capacity).toContain('**Database owner** Must fix: Database `ShopDatabase` accepts the connections of the peak');
    expect(section(markdown, /Six weeks before/)).toContain('**Database owner** Must fix: `ShopDatabase` survives the loss of one Availability Zone');
    expect(section(markdown, /Six weeks before/)).toContain('**Operations lead** Must fix: `ShopGroup` survives the loss');
    expect(section(markdown, /Three weeks before/)).toContain('Must fix: WAF rate-based rules');
    expect(section(markdown, /Two weeks before/)).toContain('Should fix: Alarms watch `ShopBalancer`');
    const report = reportFor('not-ready.yaml', { eventType: 'flash-sale' });
    const open = report.items.filter((item) => item.status !== 'pass').length;
    expect(markdown.match(/ (Must|Should) fix: /g)).toHaveLength(open);
  });

  it('makes the quotas the capacity-request task, with the numbers to ask for', () => {
    const capacity = section(runbook(), /Five weeks before/);
    expect(capacity).toContain('Request the service quota increases below in `us-east-1`');
    expect(capacity).toMatch(/\| AWS Lambda \| `Concurrent executions` \| `L-B99A9384` \| 1,000 \| \*\*1,300\*\* \|/);
    expect(capacity).toMatch(/\| Amazon EC2 \| .* \| `L-1216C47A` \|  \| \*\*130\*\* \|/);
  });

  it('has no fix tasks for an architecture that passes', () => {
    const markdown = runbook({ fixture: 'ready.yaml', eventType: 'peak', peakRps: 2000 });
    expect(markdown).not.toMatch(/(Must|Should) fix/);
    expect(markdown).toContain('- **Readiness:** ');
  });
});

describe('both languages', () => {
  const english = runbook({ eventType: 'migration' });
  const chinese = runbook({ eventType: 'migration', language: 'zh-cn' });

  it('has the same structure in both: headings, tasks, table rows', () => {
    const shape = (markdown: string) =>
      markdown
        .split('\n')
        .map((line) => line.match(/^(#+ |- \[ \] |\| |\d+\. |  - \[ \] )/)?.[1] ?? '')
        .join('');
    expect(shape(chinese)).toBe(shape(english));
  });

  it('leaves no English in the Chinese runbook apart from code and service names', () => {
    for (const eventType of ['launch', 'migration', 'flash-sale', 'peak'] as const) {
      const prose = runbook({ eventType, language: 'zh-cn' }).replace(/`[^`\n]*`/g, '');
      // Service names and acronyms are written in capitals; English prose always has lower-case words.
      expect(prose.match(/\b[a-z]{2,}\b/g) ?? []).toEqual([]);
      expect(prose.match(/\b(The|Fix|Must|Should|Owner|Week|Before|After|Event|Check|Run|Set|Readiness|Starts)\b/g) ?? []).toEqual([]);
    }
  });

  it('uses the glossary terms', () => {
    for (const term of ['预留并发', '账户', '可用区', '警报', '实例', '只读副本', '配额']) expect(chinese).toContain(term);
  });

  it('writes only plain Markdown: no HTML, links or images', () => {
    for (const markdown of [english, chinese]) {
      expect(markdown).not.toMatch(/<[a-z/!]/i);
      expect(markdown).not.toMatch(/\]\(/);
    }
  });
});
