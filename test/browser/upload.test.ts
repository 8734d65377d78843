/** The upload page before and after a refusal: limits stated up front, errors explained in the page's language, drops read. */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations, openPage, useBrowser } from './browser';

const browser = useBrowser();

async function pasteAndCheck(page: Page, name: string, text: string, summaryLabel: string, nameLabel: string, submit: string): Promise<void> {
  await page.locator('summary', { hasText: summaryLabel }).click();
  await page.getByRole('textbox', { name: nameLabel }).fill(name);
  await page.getByRole('textbox', { name: summaryLabel }).fill(text);
  await page.getByRole('button', { name: submit }).click();
}

const errors = (page: Page) => page.locator('[data-upload-errors]');

describe('the upload page', () => {
  it('states the limits and formats before anything is uploaded, from the Worker’s own limits', async () => {
    const { page } = await openPage(browser(), '/review/');
    expect(await page.locator('#upload-limits').textContent()).toBe(
      'Up to 50 CloudFormation templates (SAM included), Terraform files, Kubernetes manifests or Docker Compose files (.yaml, .yml, .json, .template, .tmpl, .tf, .tfvars, plan JSON) or a .zip of them; each file up to 5 MB, 5 MB in total once unpacked.',
    );
    expect(await page.locator('[data-file-input]').getAttribute('accept')).toBe('.yaml,.yml,.json,.template,.tmpl,.tf,.tfvars,.zip');
    const { page: chinese } = await openPage(browser(), '/zh-cn/review/');
    expect(await chinese.locator('#upload-limits').textContent()).toContain('最多 50 个 CloudFormation 模板（含 AWS SAM）、Terraform 文件、Kubernetes 清单或 Docker Compose 文件');
    await page.close();
    await chinese.close();
  });

  it('labels the examples in Chinese on the Chinese page', async () => {
    const { page } = await openPage(browser(), '/zh-cn/review/');
    const labels = await page.locator('[data-example]').allTextContents();
    expect(labels).toEqual(['Web 应用堆栈（YAML）', '无服务器 API（SAM）', '安全的存储桶（JSON）', 'Web 应用（Kubernetes）', '应用和数据库（Docker Compose）']);
    await page.getByRole('button', { name: 'Web 应用堆栈（YAML）' }).click();
    await expect.poll(() => page.locator('[data-file-list] li').count()).toBe(1);
    await page.close();
  });

  it('explains broken YAML in an error summary with the file and line', async () => {
    const { page } = await openPage(browser(), '/review/');
    await pasteAndCheck(page, 'pasted.yaml', 'Resources:\n  A: [\n', 'Or paste a template', 'File name', 'Check my architecture');
    await errors(page).waitFor({ state: 'visible' });
    expect(await errors(page).getByRole('heading').textContent()).toBe('The files were not checked');
    const item = (await errors(page).locator('li').textContent())!;
    expect(item).toMatch(/^pasted\.yaml:\d+:\d+ The YAML is broken here/);
    expect(item).toMatch(/pasted\.yaml:\d+:\d+: invalid YAML/);
    expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-upload-errors'))).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it('shows no English on the Chinese page: broken YAML, 415, 413, 429 and a network failure', async () => {
    const { page } = await openPage(browser(), '/zh-cn/review/');
    const noEnglish = async (expected: string) => {
      await expect.poll(() => errors(page).locator('li').textContent()).toContain(expected);
      // File names, extensions and product or format names stay as they are; no English word may remain.
      const text = (await errors(page).innerText())
        .replace(/[\w./-]*\.[a-z]{2,8}(:\d+)*/g, '')
        .replace(/YAML|JSON|CloudFormation|Terraform|Kubernetes|Docker Compose|Plumbline|AWS SAM|HTTP|UTF-8|zip|MB/g, '');
      expect(text).not.toMatch(/[A-Za-z]{2,}/);
    };
    await pasteAndCheck(page, 'pasted.yaml', 'Resources:\n  A: [\n', '或直接粘贴模板', '文件名', '检查我的架构');
    await noEnglish('YAML 在这里有语法错误');
    await page.getByRole('textbox', { name: '文件名' }).fill('notes.txt');
    await page.getByRole('button', { name: '检查我的架构' }).click();
    await noEnglish('无法检查这种类型的文件');

    await page.getByRole('textbox', { name: '文件名' }).fill('pasted.yaml');
    await page.route('**/api/reviews', (route) => route.fulfill({ status: 413, body: 'Payload Too Large' }));
    await page.getByRole('button', { name: '检查我的架构' }).click();
    await noEnglish('文件太大');
    await page.unroute('**/api/reviews');
    await page.route('**/api/reviews', (route) =>
      route.fulfill({ status: 429, contentType: 'application/json', body: JSON.stringify({ error: { code: 'rate-limited', message: 'too many reviews from this address; try again in a minute' } }) }),
    );
    await page.getByRole('button', { name: '检查我的架构' }).click();
    await noEnglish('检查次数过多');
    await page.unroute('**/api/reviews');
    await page.route('**/api/reviews', (route) => route.abort('internetdisconnected'));
    await page.getByRole('button', { name: '检查我的架构' }).click();
    await noEnglish('上传没有送达 Plumbline');
    await page.close();
  });

  it('reads dropped files when the browser gives no entries', async () => {
    const { page } = await openPage(browser(), '/review/');
    await page.evaluate(() => {
      // As in browsers without the entries API: the files are all there is.
      delete (DataTransferItem.prototype as { webkitGetAsEntry?: unknown }).webkitGetAsEntry;
      const transfer = new DataTransfer();
      transfer.items.add(new File(['AWSTemplateFormatVersion: "2010-09-09"\nResources: {}\n'], 'dropped.yaml'));
      transfer.items.add(new File(['hello'], 'notes.txt'));
      document.querySelector('[data-drop-zone]')!.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    });
    await expect.poll(() => page.locator('[data-file-list] li').allTextContents()).toEqual([expect.stringContaining('dropped.yaml')]);
    await page.close();
  });
});
