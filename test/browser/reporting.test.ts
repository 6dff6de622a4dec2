import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLocalPlatform, type LocalPlatform } from '../../infra/local/platform.ts';
import { FixedClock } from '../../shared/clock.ts';
import { buildWeb, devIdToken, launchChromium, screenshot as keepScreenshot, signIn, signOut as signOutOf } from '../support/browser.ts';

/**
 * Unit reporting end to end against the real local platform, as of 01/10/2026: a reporter of the
 * Planning and Finance division fills in the 2026 annual report, attaches a PDF, submits (a retry after
 * a lost answer makes no second version), prints the receipt; the office then sees the unit's cell as
 * submitted. Set DVM_SCREENSHOT_DIR to keep screenshots.
 */


const REPORTER = { userId: 'u-bao-cao-khtc', fullName: 'Trương Công Danh', unitId: 'ke-hoach-tai-chinh' };
const OFFICE = { userId: 'u-chanh-van-phong', fullName: 'Lê Thị Thu Hà' };
const TEMPLATE = 'bao-cao-nam-2026';
const OBLIGATION = `${TEMPLATE}--${REPORTER.unitId}`;

let platform: LocalPlatform | undefined;
let browser: Browser | undefined;
let page: Page;

function screenshot(name: string, fullPage = true): Promise<void> {
  return keepScreenshot(page, `reporting-${name}`, fullPage);
}

function signInAs(user: { fullName: string }): Promise<void> {
  return signIn(page, user);
}

function signOut(): Promise<void> {
  return signOutOf(page);
}

function idToken(userId: string): Promise<string> {
  return devIdToken(platform!.url, userId);
}

/** The status the server computes for the obligation with its own clock. */
async function serverStatus(userId: string, obligationId: string): Promise<string> {
  const response = await fetch(`${platform!.url}/api/obligations/${obligationId}`, { headers: { authorization: `Bearer ${await idToken(userId)}` } });
  return ((await response.json()) as { obligation: { status: string } }).obligation.status;
}

/** Fills every section's text and every number of the report form, and the closing parts. */
async function fillReport(form: ReturnType<Page['locator']>): Promise<void> {
  const textareas = form.locator('textarea');
  for (let i = 0; i < (await textareas.count()); i++) {
    await textareas.nth(i).fill(`Đơn vị đã triển khai đầy đủ nội dung ${i + 1} theo Kế hoạch; kết quả cụ thể nêu dưới đây.`);
  }
  const numbers = form.locator('input[type="number"]');
  for (let i = 0; i < (await numbers.count()); i++) await numbers.nth(i).fill(String(i % 4));
}

const STATUS_LABEL: Record<string, string> = {
  'not-yet-due': 'Chưa đến hạn',
  'due-soon': 'Sắp đến hạn',
  'submitted-on-time': 'Đã nộp đúng hạn',
};

beforeAll(async () => {
  await buildWeb();
  platform = await startLocalPlatform({ ports: 'random', inMemory: true, scheduler: false, clock: new FixedClock('2026-10-01T02:00:00Z') });
  browser = await launchChromium();
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'vi-VN', timezoneId: 'UTC', acceptDownloads: true });
  page = await context.newPage();
  page.setDefaultTimeout(10_000);
});

afterAll(async () => {
  await browser?.close();
  await platform?.stop();
});

describe('unit reporting', () => {
  let receiptNumber = '';

  it('lists the reporter’s own obligations, with the status the server computes', async () => {
    // Prepare
    const status = await serverStatus(REPORTER.userId, OBLIGATION);
    expect(['not-yet-due', 'due-soon']).toContain(status);
    await page.goto(platform!.url);

    // Act
    await signInAs(REPORTER);
    await page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Báo cáo của đơn vị' }).click();

    // Assess
    await expect.poll(() => page.getByRole('heading', { level: 1 }).innerText()).toBe('Báo cáo của Phòng Kế hoạch - Tài chính');
    const row = page.getByRole('row').filter({ hasText: 'Báo cáo năm 2026' });
    await expect.poll(() => row.innerText()).toContain(STATUS_LABEL[status]!);
    expect(await row.innerText()).toContain('Trước ngày 05/11/2026');
    expect(await page.getByRole('columnheader', { name: 'Đơn vị' }).count()).toBe(0);
    await screenshot('list-reporter');
  });

  it('shows each field’s error beside it when an empty report is submitted', async () => {
    await page.getByRole('row').filter({ hasText: 'Báo cáo năm 2026' }).getByRole('link').click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).innerText()).toBe('Báo cáo năm 2026');
    expect(await page.getByTestId('email-subject-code').innerText()).toMatch(/^\[BC-[A-Z0-9]+\]$/);

    await page.getByRole('button', { name: 'Gửi báo cáo', exact: true }).click();

    const summary = page.getByRole('alert').filter({ hasText: 'Báo cáo chưa gửi được' });
    await expect.poll(() => summary.count()).toBe(1);
    const narrative = page.locator('#f-sections-quan-triet-narrative');
    expect(await narrative.getAttribute('aria-invalid')).toBe('true');
    const describedBy = (await narrative.getAttribute('aria-describedby')) ?? '';
    expect(await page.locator(`#${describedBy}`).innerText()).toContain('Cần nhập nội dung mục');
    expect(await page.locator('#f-sections-tiep-cong-dan-metrics-buoi-tiep-dan-error').innerText()).toContain('0 nếu không có');
    // The three case figures start from the records (the unit handles no case: 0), saying so.
    const received = page.locator('#f-sections-tiep-cong-dan-metrics-don-nhan');
    expect(await received.inputValue()).toBe('0');
    expect(await page.locator(`#${(await received.getAttribute('aria-describedby'))?.split(' ')[0]}`).innerText()).toContain('Theo hồ sơ trên hệ thống trong kỳ: 0');
    expect(await page.locator('.field-error').count()).toBeGreaterThanOrEqual(7 + 21);
    await screenshot('errors');
    await screenshot('errors-summary', false);
  });

  it('fills every section and attaches a PDF, uploaded straight to the storage', async () => {
    const form = page.locator('form.report-form');
    await fillReport(form);
    expect(await page.locator('.field-error').count()).toBe(0);
    const pdf = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n', 'latin1');

    await form.locator('input[type="file"]').setInputFiles({ name: 'bao-cao-nam-2026.pdf', mimeType: 'application/pdf', buffer: pdf });

    await expect.poll(() => form.locator('.attachment').filter({ hasText: 'bao-cao-nam-2026.pdf' }).innerText()).toContain('Đã tải lên');
    await page.getByRole('button', { name: 'Lưu nháp', exact: true }).click();
    await expect.poll(() => page.locator('.form-status').innerText()).toContain('Đã lưu nháp lúc');
    await screenshot('filled');
  });

  it('does not overwrite a draft saved elsewhere unless the reporter chooses to', async () => {
    // Prepare: another tab saves the draft after this page loaded it.
    const token = await idToken(REPORTER.userId);
    const url = `${platform!.url}/api/obligations/${OBLIGATION}`;
    const { draft } = (await (await fetch(url, { headers: { authorization: `Bearer ${token}` } })).json()) as { draft: { version: number } | null };
    const content = { sections: {}, difficulties: 'Bản lưu từ thẻ khác', proposals: '', nextDirection: '' };
    const other = await fetch(`${url}/draft`, {
      method: 'PUT',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ version: draft?.version ?? null, content, attachments: [] }),
    });
    expect(other.status).toBe(200);

    // Act
    await page.getByRole('button', { name: 'Lưu nháp', exact: true }).click();

    // Assess
    const conflict = page.getByRole('alert').filter({ hasText: 'vừa được lưu ở nơi khác' });
    await expect.poll(() => conflict.count()).toBe(1);
    await screenshot('conflict', false);
    await conflict.getByRole('button', { name: 'Ghi đè bằng nội dung của tôi' }).click();
    await expect.poll(() => page.locator('.form-status').innerText()).toContain('Đã lưu nháp lúc');
    expect(await page.locator('#f-difficulties').inputValue()).not.toBe('Bản lưu từ thẻ khác');
  });

  it('submits once even when the first answer is lost, and shows the receipt number', async () => {
    // Prepare
    const keys: string[] = [];
    let attempts = 0;
    await page.route(`**/api/obligations/${OBLIGATION}/submissions`, async (route) => {
      keys.push((await route.request().headerValue('idempotency-key')) ?? '');
      // The first answer is lost after the server has stored the version: the retry must not make a second one.
      if (++attempts === 1) {
        await route.fetch();
        await route.abort('failed');
      } else {
        await route.continue();
      }
    });

    // Act
    await page.getByRole('button', { name: 'Gửi báo cáo', exact: true }).click();
    await expect.poll(() => page.getByText('Chưa chắc báo cáo đã được gửi').count()).toBe(1);
    await page.getByRole('button', { name: 'Gửi báo cáo', exact: true }).click();

    // Assess
    const done = page.getByTestId('submitted');
    await expect.poll(() => done.innerText()).toContain('Số biên nhận');
    receiptNumber = /Số biên nhận: (\S+) \(phiên bản 1\)/.exec(await done.innerText())?.[1] ?? '';
    expect(receiptNumber).not.toBe('');
    expect(keys).toHaveLength(2);
    expect(keys[0]).toMatch(/^[0-9a-f-]{36}$/);
    expect(keys[1]).toBe(keys[0]);
    await screenshot('submitted-notice', false);
    const history = page.getByRole('region', { name: 'Các phiên bản đã gửi' });
    await expect.poll(() => history.getByRole('row').count()).toBe(2);
    expect(await history.innerText()).toContain(receiptNumber);
    await page.unroute(`**/api/obligations/${OBLIGATION}/submissions`);
    await screenshot('submitted');
  });

  it('opens a printable receipt and saves it as an HTML file', async () => {
    await page.getByRole('link', { name: 'Xem và in giấy biên nhận' }).click();

    await expect.poll(() => page.getByTestId('receipt-number').innerText()).toBe(`Số: ${receiptNumber}`);
    expect(new URL(page.url()).hash).toBe(`#/obligations/${OBLIGATION}/receipt/1`);
    const receipt = await page.locator('article.receipt').innerText();
    expect(receipt).toContain('Phòng Kế hoạch - Tài chính');
    expect(receipt).toContain('Báo cáo năm 2026');
    expect(receipt).toContain('01/10/2026 09:00');
    expect(receipt).toContain('Đúng hạn');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Tải về (.html)' }).click()]);
    expect(download.suggestedFilename()).toBe(`bien-nhan-${receiptNumber.replace(/[^A-Za-z0-9-]+/g, '-')}-v1.html`);
    await screenshot('receipt');
    expect(receipt).toContain('bao-cao-nam-2026.pdf');
  });

  it('shows the office the unit’s cell for the period as submitted, linked to the report and its versions, read-only', async () => {
    await signOut();
    await signInAs(OFFICE);

    await page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Theo dõi báo cáo' }).click();

    const cell = page.locator(`tr[data-unit="${REPORTER.unitId}"] td[data-period="${TEMPLATE}"]`);
    await expect.poll(() => cell.innerText()).toContain('Đã nộp đúng hạn');
    expect(await cell.getAttribute('data-status')).toBe('submitted-on-time');
    await screenshot('compliance-office');
    await cell.getByRole('link').click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).innerText()).toBe('Báo cáo năm 2026');
    expect(await page.getByText('chế độ chỉ đọc').count()).toBe(1);
    expect(await page.locator('form.report-form').count()).toBe(0);
    await screenshot('report-office');
    await page.getByRole('region', { name: 'Các phiên bản đã gửi' }).getByRole('link', { name: 'Xem nội dung' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).innerText()).toBe('Báo cáo năm 2026: phiên bản 1');
    expect(new URL(page.url()).hash).toBe(`#/obligations/${OBLIGATION}/versions/1`);
    expect(await page.locator('.metric-values').count()).toBe(7);
    // The unit reported 2 letters received and 3 resolved where its records hold none: both are flagged to the office, the third agrees.
    expect(await page.getByTestId('record-differences').innerText()).toContain('Có 2 số liệu về đơn thư khác với hồ sơ');
    expect(await page.locator('.record-diff').allInnerTexts()).toEqual(['Khác hồ sơ trên hệ thống: 0', 'Khác hồ sơ trên hệ thống: 0']);
    expect(await page.locator('.report-section').filter({ hasText: '6. Tiếp cận thông tin' }).innerText()).toContain('Khớp hồ sơ trên hệ thống (0)');
    const perType = page.getByTestId('record-figures');
    await perType.locator('summary').click();
    expect(await perType.innerText()).toMatch(/Đơn thư của đơn vị theo hồ sơ trên hệ thống, từ 15\/12\/2025 đến 14\/12\/2026\s+Trong kỳ, hệ thống không có hồ sơ nào/);
  });
});
