/**
 * Event readiness end to end in Chromium, in English and in Chinese: upload → report → event intake →
 * readiness results → TEST MODE checkout → the engineer finds the event, claims it, edits and shares the
 * runbook → the customer reads the runbook → a live issue during the standby window pages the engineer, who
 * answers → the engineer delivers the post-event review, which the customer reads. Axe checks every new page.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ui } from '../../site/i18n/ui';
import { consoleStrings } from '../../worker/pages/strings/console';
import { consoleEventStrings } from '../../worker/pages/strings/console-events';
import { eventStrings } from '../../worker/pages/strings/events';
import { requestStrings } from '../../worker/pages/strings/requests';
import { tiers } from '../../worker/pricing';
import { axeViolations, openPage, useBrowser } from './browser';

const browser = useBrowser();

const journeys = [
  { language: 'en', prefix: '', reviewer: 'reviewer@plumbline.local' },
  { language: 'zh-cn', prefix: '/zh-cn', reviewer: 'lin@plumbline.local' },
] as const;

async function noAxeViolations(page: Page) {
  expect(await axeViolations(page)).toEqual([]);
}

describe.each(journeys)('event readiness ($language)', ({ language, prefix, reviewer }) => {
  const customer = requestStrings[language];
  const event = eventStrings[language];
  const console_ = consoleStrings[language];
  const desk_ = consoleEventStrings[language];
  const eventTier = tiers.find((tier) => tier.id === 'event')!.text[language]!.name;

  it('goes from the intake to a delivered post-event review, with a live issue answered during the window', { timeout: 150_000 }, async () => {
    const { page, errors } = await openPage(browser(), `${prefix}/review/`);
    await page.getByRole('button', { name: ui[language].exampleLabels['web-stack.yaml'] }).click();
    await expect.poll(() => page.locator('[data-file-list] li').count()).toBe(1);
    await page.getByRole('button', { name: ui[language].uploadSubmit }).click();
    await page.waitForURL(new RegExp(`${prefix}/reviews/[A-Za-z0-9_-]{22}$`));

    // The report offers every tier; event readiness opens the form with the intake.
    await page.locator('.cta-tiers').getByRole('link', { name: eventTier }).click();
    await page.waitForURL(`**${prefix}/request/?report=**&tier=event`);
    expect(await page.locator('.event-fields').isVisible()).toBe(true);
    await noAxeViolations(page);

    // The event starts now (UTC), so its standby window is open later in the journey.
    const now = new Date();
    await page.getByLabel(event.fields.eventType.label).selectOption('flash-sale');
    await page.getByLabel(event.fields.eventDate.label).fill(now.toISOString().slice(0, 10));
    await page.getByLabel(event.fields.eventTime.label).fill(now.toISOString().slice(11, 16));
    await page.getByLabel(event.fields.timeZone.label).fill('UTC');
    await page.getByLabel(event.fields.durationMinutes.label).fill('180');
    await page.getByLabel(event.fields.peakRps.label).fill('5000');
    await page.getByLabel(event.fields.peakWritesPerSecond.label).fill('400');
    await page.getByLabel(event.fields.regions.label).fill('us-east-1');
    await page.getByLabel(customer.email).fill(`events-${language}@example.com`);
    await page.getByLabel(customer.concerns).fill(language === 'en' ? 'Black Friday sale: will checkout hold at 5,000 requests per second?' : '双十一大促：结账接口能扛住每秒 5000 个请求吗？');
    await page.getByRole('button', { name: event.submitEvent }).click();

    // Readiness results before payment, each with its arithmetic.
    await page.waitForURL(new RegExp(`${prefix}/requests/[A-Za-z0-9_-]{22}\\?key=`));
    const statusUrl = page.url();
    const requestId = new URL(statusUrl).pathname.split('/').pop()!;
    expect(await page.locator('#readiness-heading').textContent()).toBe(event.readinessTitle);
    expect(await page.locator('.readiness-item').count()).toBeGreaterThan(3);
    expect(await page.locator('.readiness-arithmetic li').count()).toBeGreaterThan(3);
    await noAxeViolations(page);
    await page.getByRole('button', { name: new RegExp(event.payForEvent) }).click();

    await page.waitForURL('**/checkout/test/**');
    await page.getByRole('button', { name: requestStrings[language].testPay }).click();
    await page.waitForURL(new RegExp(`${prefix}/requests/${requestId}\\?key=`));
    await expect.poll(() => page.locator('.state-text').textContent()).toBe(customer.stateText.paid);

    // The engineer sees the event in the console, claims it, edits and shares the runbook.
    const reviewerContext = await browser().newContext({ baseURL: new URL(page.url()).origin });
    const desk = await reviewerContext.newPage();
    await desk.goto(`${prefix}/console/sign-in`);
    await desk.getByLabel(console_.signIn.email).fill(reviewer);
    await desk.getByRole('button', { name: console_.signIn.submit }).click();
    await desk.waitForURL(`**${prefix}/console**`);
    await desk.locator('.console-nav').getByRole('link', { name: desk_.navEvents, exact: true }).click();
    await desk.waitForURL(`**${prefix}/console/events`);
    await noAxeViolations(desk);
    await desk.locator(`a[href$="/console/cases/${requestId}"]`).click();
    await desk.getByRole('button', { name: console_.case.claim }).click();
    await desk.waitForLoadState();
    await expect.poll(() => desk.getByText(console_.case.done.claimed).count()).toBe(1);
    const runbook = desk.getByLabel(desk_.runbookField);
    const generated = await runbook.inputValue();
    expect(generated).toContain('- [ ]');
    await runbook.fill(`${generated}\n\n## War room\n\n- [ ] Bridge: https://meet.example.com/sale — **Owner:** incident commander\n`);
    await desk.getByRole('button', { name: desk_.runbookShare }).click();
    await expect.poll(() => desk.getByText(console_.case.done['runbook-shared']).count()).toBe(1);
    await noAxeViolations(desk);

    // The customer opens the shared runbook.
    await page.goto(statusUrl);
    await page.getByRole('link', { name: event.runbookOpen }).click();
    await page.waitForURL(`**/requests/${requestId}/runbook?key=**`);
    expect(await page.locator('.runbook').textContent()).toContain('https://meet.example.com/sale');
    expect(await page.locator('.runbook .task-box').count()).toBeGreaterThan(5);
    await noAxeViolations(page);

    // During the window the customer pages the engineer, who answers from the alert.
    await page.goto(statusUrl);
    await page.getByLabel(event.liveIssueField).fill('Checkout latency above 3 s since the sale opened.');
    await page.getByRole('button', { name: event.liveIssueSubmit }).click();
    await expect.poll(() => page.getByText(event.liveIssueRaised).count()).toBe(1);
    await noAxeViolations(page);
    await desk.goto(`${prefix}/console/`);
    expect(await desk.locator('.page-alerts').count()).toBe(1);
    await desk.locator('.page-alerts').getByRole('link', { name: desk_.openCase }).click();
    await desk.getByLabel(desk_.acknowledgeField).fill('On it: scaling the checkout service and the database proxy now.');
    await desk.getByRole('button', { name: desk_.acknowledgeSubmit }).click();
    await expect.poll(() => desk.getByText(console_.case.done['page-acknowledged']).count()).toBe(1);
    await page.goto(statusUrl);
    expect(await page.locator('.page-entry').textContent()).toContain('scaling the checkout service');

    // After the event: the post-event review, delivered like a review.
    await desk
      .getByLabel(console_.case.reviewField)
      .fill('## What happened\n\nPeak reached 4,800 rps; p99 latency rose to 3.2 s for 6 minutes until the proxy scaled.\n\n## What to improve\n\nPre-warm the proxy.');
    await desk.getByRole('button', { name: console_.case.deliver }).click();
    await expect.poll(() => desk.getByText(console_.case.done.delivered).count()).toBe(1);
    await page.goto(statusUrl);
    await page.getByRole('link', { name: customer.readReview }).click();
    expect(await page.locator('.delivered-review').textContent()).toContain('Pre-warm the proxy');
    expect(errors).toEqual([]);
    await reviewerContext.close();
    await page.close();
  });
});
