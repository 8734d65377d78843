/**
 * The home page as a first-time visitor meets it, in both languages: the two actions we sell lead where they say,
 * the finding excerpt is the real web-stack finding with its line marked and its fix, the three steps and the trust
 * facts are there, and axe finds nothing in the light or the dark colour scheme.
 */
import type { Browser } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations, baseURL, openPage, useBrowser } from './browser';

const browser = useBrowser();

const languages = [
  // The rule's problem line in each language, as the report page titles the finding.
  {
    path: '/',
    check: 'Check my architecture',
    talk: 'Talk to an engineer',
    prefix: '',
    title: 'Security group opens SSH or RDP to the internet',
    formats: 'CloudFormation, Terraform, Kubernetes and Compose',
  },
  { path: '/zh-cn/', check: '检查我的架构', talk: '找工程师聊聊', prefix: '/zh-cn', title: '安全组向互联网开放了 SSH 或 RDP', formats: '支持 CloudFormation、Terraform、Kubernetes 和 Compose' },
] as const;

describe.each(languages)('the home page at $path', ({ path, check, talk, prefix, title, formats }) => {
  it('leads "check my architecture" to the upload page and "talk to an engineer" to pricing', async () => {
    for (const [name, target, landmark] of [
      [check, `${prefix}/review/`, 'input[type="file"]'],
      [talk, `${prefix}/pricing/`, '.tiers'],
    ] as const) {
      const { page, errors } = await openPage(browser(), path);
      const action = page.locator('.hero-actions').getByRole('link', { name, exact: true });
      expect(await action.getAttribute('href')).toBe(target);
      await Promise.all([page.waitForURL(`${baseURL}${target}`), action.click()]);
      expect(await page.locator(landmark).count()).toBeGreaterThan(0);
      expect(errors).toEqual([]);
      await page.close();
    }
  });

  it('shows the real web-stack finding with its line marked and its fix', async () => {
    const { page } = await openPage(browser(), path);
    const card = page.locator('.finding-card');
    expect(await card.locator('.badge.severity-critical').count()).toBe(1);
    expect(await card.locator('.finding-rule').innerText()).toBe('AWS-EC2-SG-OPEN-ADMIN-PORTS');
    expect(await card.locator('.finding-location').innerText()).toMatch(/^web-stack\.yaml:39 · SSH \(22\)/);
    expect(await card.locator('.source-line.is-finding').innerText()).toMatch(/^39\s+CidrIp: 0\.0\.0\.0\/0\s*$/);
    expect(await card.locator('.finding-source.fix').innerText()).toContain('CidrIp: 203.0.113.0/24');
    expect(await card.locator('.finding-title').innerText()).toBe(title);
    await page.close();
  });

  it('walks through the three steps and states the trust facts, the four formats among them', async () => {
    const { page } = await openPage(browser(), path);
    expect(await page.locator('.steps li').count()).toBe(3);
    expect(await page.locator('.trust-facts li').count()).toBe(6);
    expect(await page.locator('.trust-facts strong').allInnerTexts()).toContain(formats);
    await page.close();
  });

  it.each(['light', 'dark'] as const)('has no WCAG 2.2 AA violations in the %s colour scheme', async (colorScheme) => {
    const context = await (browser() as Browser).newContext({ baseURL, colorScheme });
    const page = await context.newPage();
    await page.goto(path);
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });
});
