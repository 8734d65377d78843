/**
 * The paid human review end to end in Chromium, once in English and once in Chinese: upload → report →
 * "Get a human review" → TEST MODE checkout → status page shows paid → a reviewer signs in, claims, sends a
 * first response, writes a note and the review, delivers → the customer reads the delivered review, and the
 * outbox holds every e-mail. Labels come from the pages' own string tables, so a test follows the copy.
 */
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ui } from '../../site/i18n/ui';
import { consoleStrings } from '../../worker/pages/strings/console';
import { reportStrings } from '../../worker/pages/strings/report';
import { requestStrings } from '../../worker/pages/strings/requests';
import { axeViolations, openPage, useBrowser } from './browser';

const browser = useBrowser();

const journeys = [
  { language: 'en', prefix: '', reviewer: 'reviewer@plumbline.local', concerns: 'We launch next month. Is the database tier ready, and is SSH really open to the world?' },
  { language: 'zh-cn', prefix: '/zh-cn', reviewer: 'lin@plumbline.local', concerns: '下个月要做大促，数据库层能扛住吗？SSH 真的对公网开放了吗？' },
] as const;

async function noAxeViolations(page: Page) {
  expect(await axeViolations(page)).toEqual([]);
}

describe.each(journeys)('a paid human review ($language)', ({ language, prefix, reviewer, concerns }) => {
  const customer = requestStrings[language];
  const console_ = consoleStrings[language];
  const report = reportStrings[language];

  it('goes from an upload to a delivered review, with every e-mail in the outbox', { timeout: 120_000 }, async () => {
    // Upload an example and open its report.
    const { page, errors } = await openPage(browser(), `${prefix}/review/`);
    await page.getByRole('button', { name: ui[language].exampleLabels['web-stack.yaml'] }).click();
    await expect.poll(() => page.locator('[data-file-list] li').count()).toBe(1);
    await page.getByRole('button', { name: ui[language].uploadSubmit }).click();
    await page.waitForURL(new RegExp(`${prefix}/reviews/[A-Za-z0-9_-]{22}$`));
    const reportId = page.url().split('/').pop()!;

    // "Get a human review" opens the form in the page's language, linked to the report.
    await page.getByRole('link', { name: report.humanCta }).click();
    await page.waitForURL(`**${prefix}/request/?report=${reportId}`);
    expect(await page.locator('h1').textContent()).toBe(customer.formTitle);
    await noAxeViolations(page);
    await page.getByRole('radio', { name: new RegExp(language === 'en' ? 'Developer review' : '开发者评审') }).check();
    await page.getByLabel(customer.email).fill(`customer-${language}@example.com`);
    // The review language is independent of the page: the Chinese page orders an English review and vice versa.
    await page.getByRole('radio', { name: language === 'en' ? customer.languageZh : customer.languageEn }).check();
    await page.getByLabel(customer.concerns).fill(concerns);
    await page.getByLabel(customer.urgency).selectOption('this-week');
    await page.getByRole('button', { name: customer.submit }).click();

    // The test checkout, in the review's language, clearly marked.
    await page.waitForURL('**/checkout/test/**');
    const checkoutStrings = requestStrings[language === 'en' ? 'zh-cn' : 'en'];
    expect(await page.getByRole('note').textContent()).toBe(checkoutStrings.testBanner);
    await noAxeViolations(page);
    await page.getByRole('button', { name: checkoutStrings.testPay }).click();

    // Back on the private status page: paid, in the page's language.
    await page.waitForURL(new RegExp(`${prefix}/requests/[A-Za-z0-9_-]{22}\\?key=`));
    const statusUrl = page.url().replace(/&checkout=done$/, '');
    await expect.poll(() => page.locator('.state-text').textContent()).toBe(customer.stateText.paid);
    await noAxeViolations(page);
    expect(errors).toEqual([]);
    const requestId = new URL(statusUrl).pathname.split('/').pop()!;

    // A reviewer signs in, finds the case in the queue and claims it.
    const reviewerContext = await browser().newContext({ baseURL: new URL(page.url()).origin });
    const desk = await reviewerContext.newPage();
    await desk.goto(`${prefix}/console/`);
    await desk.waitForURL(`**${prefix}/console/sign-in**`);
    await desk.getByLabel(console_.signIn.email).fill(reviewer);
    await desk.getByRole('button', { name: console_.signIn.submit }).click();
    await desk.waitForURL(`**${prefix}/console/**`);
    await desk.goto(`${prefix}/console/`);
    await noAxeViolations(desk);
    await desk.locator(`a[href$="/console/cases/${requestId}"]`).first().click();
    await desk.getByRole('button', { name: console_.case.claim }).click();
    await expect.poll(() => desk.getByText(console_.case.done.claimed).count()).toBe(1);

    // First response, a verdict on a finding, the review, delivery.
    await desk.getByLabel(console_.case.firstResponseField).fill('Thanks for the details. The open SSH rule is the first thing to fix; the full review follows today.');
    await desk.getByRole('button', { name: console_.case.firstResponseSubmit }).click();
    await expect.poll(() => desk.getByText(console_.case.done['first-response-sent']).count()).toBe(1);

    const firstNote = desk.locator('details.note-details').first();
    await firstNote.getByText(console_.case.recordVerdict).click();
    await firstNote.getByRole('radio', { name: console_.case.verdicts.agree }).check();
    await firstNote.getByLabel(console_.case.note).fill('Confirmed: restrict this to the VPN range.');
    await firstNote.getByRole('button', { name: console_.case.saveNote }).click();
    await expect.poll(() => desk.getByText(console_.case.done['note-saved']).count()).toBe(1);

    await desk.getByLabel(console_.case.reviewField).fill('## Summary\n\nClose SSH to the world, move the database to Multi-AZ, and add alarms before the launch.\n\n<script>alert(1)</script>');
    await desk.getByRole('button', { name: console_.case.saveDraft }).click();
    await expect.poll(() => desk.getByText(console_.case.done['draft-saved']).count()).toBe(1);
    await noAxeViolations(desk);
    await desk.getByRole('button', { name: console_.case.deliver }).click();
    await expect.poll(() => desk.getByText(console_.case.done.delivered).count()).toBe(1);

    // The customer's status page shows the delivered review; its page renders the Markdown safely.
    await page.goto(statusUrl);
    expect(await page.locator('.state-text').textContent()).toBe(customer.stateText.delivered);
    await page.getByRole('link', { name: customer.readReview }).click();
    await page.waitForURL(`**/requests/${requestId}/review?key=**`);
    expect(await page.locator('.delivered-review h2').first().textContent()).toBe('Summary');
    expect(await page.locator('.delivered-review script').count()).toBe(0);
    expect(await page.locator('.delivered-review').textContent()).toContain('<script>alert(1)</script>');
    expect(await page.locator('.verdicts li').count()).toBe(1);
    await noAxeViolations(page);
    const [markdown] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: customer.downloadMarkdown }).click()]);
    expect(await readFile((await markdown.path())!, 'utf8')).toContain('Close SSH to the world');
    expect(errors).toEqual([]);

    // The outbox holds the customer's e-mails in the review language and the reviewers' alerts.
    await desk.goto(`${prefix}/console/outbox`);
    const outbox = (await desk.locator('main').textContent())!;
    expect(outbox).toContain(`customer-${language}@example.com`);
    for (const kind of ['request-received', 'payment-received', 'claimed', 'first-response', 'delivered', 'reviewer-new-case']) expect(outbox).toContain(kind);
    await noAxeViolations(desk);
    await reviewerContext.close();
    await page.close();
  });
});
