import { readFile } from 'node:fs/promises';
import type { Browser, Download, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLocalPlatform, type LocalPlatform } from '../../infra/local/platform.ts';
import { FixedClock } from '../../shared/clock.ts';
import { ApiClient } from '../support/api-client.ts';
import { demoUnits, demoUsers } from '../../shared/demo/organization.ts';
import { demoRecipientLists } from '../../shared/demo/recipients.ts';
import { PLAN_SECTIONS } from '../../shared/demo/reporting-plan.ts';
import { buildWeb, devIdToken, launchChromium, mainNavLink, screenshot as keepScreenshot, signIn, signOut as signOutOf } from '../support/browser.ts';

/**
 * Compiled reports end to end against the real local platform: the Planning and Finance division reports
 * for 2025 before the deadline; on 06/11/2025 the office compiles the 2025 annual report, reads it and
 * downloads the DOCX; a deputy director approves and sends it; the dashboard draws its charts; the public
 * page shows aggregate figures only. Set DVM_SCREENSHOT_DIR to keep screenshots.
 */


const REPORTER = { userId: 'u-bao-cao-khtc', obligationId: 'bao-cao-nam-2025--ke-hoach-tai-chinh' };
const OFFICE = { fullName: 'Lê Thị Thu Hà' };
const LEADER = { fullName: 'Trần Thị Minh Hòa' };
const TITLE = 'Báo cáo kết quả thực hiện công tác dân vận năm 2025';
const clock = new FixedClock('2025-10-23T02:00:00Z');

let platform: LocalPlatform | undefined;
let browser: Browser | undefined;
let page: Page;

function screenshot(name: string, fullPage = true): Promise<void> {
  return keepScreenshot(page, `compiled-${name}`, fullPage);
}

function signInAs(user: { fullName: string }): Promise<void> {
  return signIn(page, user);
}

function signOut(): Promise<void> {
  return signOutOf(page);
}

function openNav(name: string): Promise<void> {
  return mainNavLink(page, name).click();
}

async function downloaded(click: () => Promise<void>): Promise<Download> {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  return download;
}

beforeAll(async () => {
  await buildWeb('error');
  platform = await startLocalPlatform({ ports: 'random', inMemory: true, scheduler: false, clock });
  // The division reports on time (before 05/11/2025), through the API as the report form would.
  const idToken = await devIdToken(platform.url, REPORTER.userId);
  const content = {
    sections: Object.fromEntries(PLAN_SECTIONS.map((s) => [s.id, { narrative: `Phòng đã thực hiện nội dung ${s.id} theo Kế hoạch.`, metrics: Object.fromEntries(s.metrics.map((m, i) => [m.id, 10 + i])) }])),
    difficulties: 'Thiếu kinh phí tuyên truyền.',
    proposals: 'Đề nghị bổ sung kinh phí.',
    nextDirection: 'Tiếp tục quán triệt Kế hoạch.',
  };
  const submitted = await fetch(`${platform.url}/api/obligations/${REPORTER.obligationId}/submissions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${idToken}` },
    body: JSON.stringify({ content, attachments: [] }),
  });
  expect(submitted.status).toBe(201);
  clock.set('2025-11-06T02:00:00Z');
  browser = await launchChromium();
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'vi-VN', timezoneId: 'UTC', acceptDownloads: true });
  page = await context.newPage();
  page.setDefaultTimeout(15_000);
});

afterAll(async () => {
  await browser?.close();
  await platform?.stop();
});

describe('compiled reports, dashboard and public statistics', () => {
  it('lets the office compile the 2025 annual report and read it like the document, with the units that did not report', async () => {
    await page.goto(platform!.url);
    await signInAs(OFFICE);
    await openNav('Báo cáo tổng hợp');
    await expect.poll(() => page.getByRole('heading', { level: 1 }).innerText()).toBe('Báo cáo tổng hợp');
    await expect.poll(() => page.getByText('Chưa có báo cáo tổng hợp nào.').count()).toBe(1);

    await page.getByLabel('Kỳ báo cáo', { exact: true }).selectOption('bao-cao-nam-2025');
    await screenshot('list-office');
    await page.getByRole('button', { name: 'Tổng hợp', exact: true }).click();

    await expect.poll(() => page.getByRole('heading', { level: 1 }).innerText()).toBe(TITLE);
    expect(page.url()).toContain('#/compiled/tong-hop-bao-cao-nam-2025');
    expect(await page.locator('dd [data-status]').first().innerText()).toContain('Dự thảo');
    const reported = page.locator('table.reported-units');
    expect(await reported.getByRole('row').filter({ hasText: 'Phòng Kế hoạch - Tài chính' }).innerText()).toContain('Đúng hạn');
    expect(await page.locator('.missing-units li').count()).toBeGreaterThan(0);
    expect(await page.locator('.missing-units').innerText()).toContain('Phòng Quản lý khoa học');
    expect(await page.locator('.narrative').filter({ hasText: 'Phòng đã thực hiện nội dung quan-triet' }).innerText()).toContain('Phòng Kế hoạch - Tài chính');
    expect(await page.locator('.document-recipients').innerText()).toContain('Ban Dân vận Tỉnh ủy');
    expect(await page.getByRole('button', { name: 'Phê duyệt và gửi' }).count()).toBe(0);
    await screenshot('draft');
    await keepScreenshot(page.locator('.document-section').first(), 'compiled-draft-section');
    await keepScreenshot(page.locator('.document-foot'), 'compiled-draft-foot');
  });

  it('downloads the DOCX and the XLSX of the draft', async () => {
    const docx = await downloaded(() => page.getByRole('button', { name: 'Tải văn bản (DOCX)' }).click());
    expect(docx.suggestedFilename()).toMatch(/\.docx$/);
    const bytes = await readFile((await docx.path())!);
    expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
    const xlsx = await downloaded(() => page.getByRole('button', { name: 'Tải phụ lục (XLSX)' }).click());
    expect(xlsx.suggestedFilename()).toMatch(/\.xlsx$/);
  });

  it('compiles the draft again for the office, keeping the same report', async () => {
    await page.getByRole('button', { name: 'Tổng hợp lại' }).click();
    await expect.poll(() => page.getByRole('button', { name: 'Tổng hợp lại' }).isEnabled()).toBe(true);
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe(TITLE);
    expect(await page.getByRole('alert').count()).toBe(0);
  });

  it('lets a leader approve and send the draft after confirming the recipients', async () => {
    await signOut();
    await signInAs(LEADER);
    await openNav('Báo cáo tổng hợp');
    await page.getByRole('link', { name: TITLE }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).innerText()).toBe(TITLE);
    expect(await page.getByRole('button', { name: 'Tổng hợp lại' }).count()).toBe(0);

    await page.getByRole('button', { name: 'Phê duyệt và gửi', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Xác nhận phê duyệt và gửi' });
    const firstAddress = demoRecipientLists.flatMap((list) => list.emails)[0]!;
    expect(await dialog.innerText()).toContain(firstAddress);
    await screenshot('confirm');
    await dialog.getByRole('button', { name: 'Phê duyệt và gửi ngay' }).click();

    await expect.poll(() => page.locator('dd [data-status]').first().innerText()).toContain('Đã gửi');
    const delivery = page.locator('section.delivery');
    expect(await delivery.innerText()).toContain('Đã gửi lúc 06/11/2025 09:00');
    expect(await delivery.innerText()).toContain(firstAddress);
    expect(await delivery.innerText()).toContain('Chưa có thư nào bị trả lại');
    expect(await page.getByRole('button', { name: 'Phê duyệt và gửi', exact: true }).count()).toBe(0);
    await screenshot('sent');

    await openNav('Báo cáo tổng hợp');
    await expect.poll(() => page.getByRole('row').filter({ hasText: TITLE }).innerText()).toContain('Đã gửi');
  });

  it('shows the dashboard as charts with the same figures in tables, exportable as CSV', async () => {
    await openNav('Số liệu tổng hợp');
    await expect.poll(() => page.getByRole('heading', { level: 1 }).innerText()).toBe('Số liệu tổng hợp');
    const chart = page.locator('svg[aria-label]').first();
    expect(await chart.getAttribute('aria-label')).toContain('Biểu đồ');
    expect(await page.locator('svg[aria-label]').count()).toBeGreaterThanOrEqual(3);
    const periods = page.locator('table[data-table="periods"]');
    const row = periods.getByRole('row').filter({ hasText: 'Báo cáo năm 2025' });
    expect(await row.innerText()).toContain('05/11/2025');
    const units = page.locator('table[data-table="units"]');
    expect(await units.getByRole('row').filter({ hasText: 'Phòng Kế hoạch - Tài chính' }).count()).toBe(1);
    await screenshot('dashboard');

    const csv = await downloaded(() => page.getByRole('button', { name: 'Xuất CSV: Tình hình báo cáo theo đơn vị (các năm)' }).click());
    expect(csv.suggestedFilename()).toBe('theo-doi-don-vi-2025-11-06.csv');
    const text = await readFile((await csv.path())!, 'utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text).toContain('Phòng Kế hoạch - Tài chính,');
    const xlsx = await downloaded(() => page.getByRole('button', { name: 'Xuất bảng theo dõi báo cáo (Excel)' }).click());
    expect(xlsx.suggestedFilename()).toMatch(/\.xlsx$/);
  });

  it('shows the public the plan and aggregate figures, naming no unit and no person', async () => {
    await signOut();
    await page.getByRole('link', { name: 'Công khai kết quả thực hiện Kế hoạch' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).innerText()).toBe('Công khai kết quả thực hiện');
    await expect.poll(() => page.locator('table[data-table="public-reporting"]').count()).toBe(1);
    expect(await page.locator('table[data-table="public-reporting"]').getByRole('row').filter({ hasText: 'Báo cáo năm 2025' }).count()).toBe(1);
    expect(await page.locator('table[data-table="public-cases"]').innerText()).toContain('Khiếu nại');
    expect(await page.locator('svg[aria-label]').count()).toBe(2);
    expect(await page.getByTestId('cases-as-of').innerText()).toMatch(/^Số liệu đến hết ngày \d\d\/\d\d\/\d{4}, cập nhật mỗi ngày một lần \(lần gần nhất lúc \d\d\/\d\d\/\d{4} \d\d:\d\d\)\. .*dưới 5/);
    // The demo's few cases per type are published as “dưới 5”, never as their count.
    expect(await page.locator('table[data-table="public-cases"]').innerText()).toContain('dưới 5');
    const text = await page.locator('body').innerText();
    for (const unit of demoUnits) expect(text).not.toContain(unit.name);
    for (const user of demoUsers) expect(text).not.toContain(user.fullName);
    expect(await page.locator('table[data-table="public-ratings"]').innerText()).toContain('Rất hài lòng');
    await screenshot('public');
  });

  it('lets the citizen of a decided complaint read how to take it further, by when, and rate the handling once', async () => {
    // Prepare: the office takes a complaint to its decision on Thursday 06/11/2025.
    const office = await ApiClient.signIn(platform!.url, 'u-chanh-van-phong');
    const complaint = { type: 'khieu-nai-lan-1', channel: 'truc-tiep', receivedAt: '2025-11-06T08:00:00+07:00', petitioner: { name: 'Đỗ Văn Hải', address: 'Xã Tịnh Hà, Quảng Ngãi' }, subject: 'Khiếu nại quyết định xử phạt', content: 'Tôi khiếu nại quyết định xử phạt vi phạm hành chính về đo lường vì cân đã được kiểm định.', filingFacts: { actKnownOn: '2025-10-30' } };
    const registered = await office.request('POST', '/api/cases', complaint);
    let version = registered.body.case.version as number;
    for (const command of [{ type: 'accept' }, { type: 'start' }, { type: 'resolve', outcome: 'rejected', publicSummary: 'Khiếu nại không đúng.' }]) {
      version = (await office.request('POST', `/api/cases/${registered.body.case.id}/commands`, { version, command })).body.case.version;
    }

    // Act
    await page.getByRole('link', { name: 'Tra cứu đơn' }).click();
    await page.getByLabel('Mã tra cứu').fill(registered.body.trackingCode);
    await page.getByRole('button', { name: 'Tra cứu', exact: true }).click();
    await expect.poll(() => page.getByTestId('public-next-step').count()).toBe(1);

    // Assess: 30 days from 06/11/2025 is Saturday 06/12 → Monday 08/12/2025.
    expect(await page.getByTestId('public-next-step').innerText()).toContain('Hạn cuối: 08/12/2025, tính từ ngày 06/11/2025');
    await page.getByRole('button', { name: 'Gửi đánh giá' }).click();
    expect(await page.locator('#public-rate-missing').innerText()).toBe('Vui lòng chọn một mức độ hài lòng.');
    await page.getByRole('radio', { name: 'Hài lòng', exact: true }).check();
    await page.getByRole('button', { name: 'Gửi đánh giá' }).click();
    await expect.poll(() => page.getByTestId('public-rated').count()).toBe(1);
    expect(await page.getByTestId('public-rated').innerText()).toBe('Bạn đã đánh giá: Hài lòng (ngày 06/11/2025). Cảm ơn bạn.');
    expect(await page.getByRole('button', { name: 'Gửi đánh giá' }).count()).toBe(0);
    await screenshot('public-rated');
  });
});
