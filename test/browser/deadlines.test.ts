import { readFile } from 'node:fs/promises';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLocalPlatform } from '../../infra/local/platform.ts';
import { buildWeb, devIdToken, devUsers, launchChromium, mainNavLink, screenshot as keepScreenshot, signInAfresh, type DevUser } from '../support/browser.ts';

/**
 * The deadline calculator, the working calendar and the tracked deadlines against the real local
 * platform: a reporter computes a deadline across Tết and reads the calendar without edit controls; the
 * administrator proposes a year from the lunar calendar, saves it, exports and imports the calendar, and
 * is told to reload when someone else saved first. Set DVM_SCREENSHOT_DIR to keep screenshots.
 */


let platform: { url: string; stop(): Promise<void> } | undefined;
let browser: Browser | undefined;
let context: BrowserContext;
let page: Page;
let users: DevUser[];

function user(predicate: (candidate: DevUser) => boolean, what: string): DevUser {
  const found = users.find(predicate);
  if (!found) throw new Error(`the demo seed has no ${what}`);
  return found;
}

function screenshot(name: string): Promise<void> {
  return keepScreenshot(page, `deadlines-${name}`);
}

function signInAs(person: DevUser): Promise<void> {
  return signInAfresh(page, platform!.url, person);
}

function nav(label: string) {
  return mainNavLink(page, label);
}

function apiToken(userId: string): Promise<string> {
  return devIdToken(platform!.url, userId);
}

beforeAll(async () => {
  await buildWeb();
  platform = await startLocalPlatform({ ports: 'random', inMemory: true, scheduler: false });
  users = await devUsers(platform.url);
  browser = await launchChromium();
  context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'vi-VN', timezoneId: 'UTC', acceptDownloads: true });
  page = await context.newPage();
  page.setDefaultTimeout(10_000);
});

afterAll(async () => {
  await browser?.close();
  await platform?.stop();
});

describe('deadline calculator', () => {
  it('computes a denunciation’s acceptance deadline across Tết 2024 and explains it', async () => {
    // Prepare
    await signInAs(user((u) => u.roles[0] === 'reporter', 'reporter'));
    await nav('Tính thời hạn').click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).innerText()).toBe('Tính thời hạn');

    // Act
    await page.getByLabel('Quy tắc', { exact: true }).selectOption('to-cao/thu-ly');
    await page.getByLabel('Ngày xảy ra sự kiện').fill('2024-02-07');
    await page.getByRole('button', { name: 'Tính hạn', exact: true }).click();

    // Assess
    await expect.poll(() => page.getByTestId('due-date').innerText()).toBe('23/02/2024');
    expect(await page.locator('.due').innerText()).toContain('Thứ Sáu');
    const trace = page.getByRole('list', { name: 'Cách tính từng bước' });
    expect(await trace.innerText()).toContain('Tết Nguyên đán');
    expect(await trace.locator('.skip-day-off').first().innerText()).toMatch(/08\/02\/2024 – 14\/02\/2024\s+Tết Nguyên đán\s+7 ngày/);
    expect(await trace.locator('.skip-weekend').first().innerText()).toContain('17/02/2024 – 18/02/2024');
    expect(new URL(page.url()).hash).toBe('#/deadlines/calculator?ruleId=to-cao%2Fthu-ly&date=2024-02-07');
    await screenshot('calculator-tet');
  });

  it('gives the same result from a bookmarked address', async () => {
    await page.reload();

    await expect.poll(() => page.getByTestId('due-date').innerText()).toBe('23/02/2024');
    expect(await page.getByLabel('Quy tắc', { exact: true }).inputValue()).toBe('to-cao/thu-ly');
  });

  it('shows the server’s refusal of a combination of circumstances the rule does not have', async () => {
    // Prepare
    await page.getByLabel('Quy tắc', { exact: true }).selectOption('tiep-can-thong-tin/don-gian');
    await page.getByLabel('Ngày xảy ra sự kiện').fill('2026-01-09');

    // Act
    await page.getByRole('checkbox', { name: /qua mạng điện tử/ }).check();
    await page.getByRole('checkbox', { name: /trực tiếp/ }).check();
    await page.getByRole('button', { name: 'Tính hạn', exact: true }).click();

    // Assess
    const alert = page.locator('.result').getByRole('alert');
    await expect.poll(() => alert.innerText()).toContain('không có trường hợp');
    expect(await alert.innerText()).toContain('electronic + in-person');
    expect(await page.getByTestId('due-date').count()).toBe(0);
    await screenshot('calculator-refused');
  });
});

describe('tracked deadlines', () => {
  it('lists the reporter’s deadlines, or says there are none yet', async () => {
    await nav('Thời hạn').click();

    await expect.poll(() => page.getByRole('heading', { level: 1 }).innerText()).toBe('Thời hạn đang theo dõi');
    await expect.poll(async () => (await page.locator('table, .empty-state').count()) > 0).toBe(true);
    if (await page.locator('.empty-state').isVisible()) {
      expect(await page.locator('.empty-state').innerText()).toContain('Chưa có thời hạn nào được theo dõi.');
    } else {
      expect(await page.getByRole('columnheader').allInnerTexts()).toEqual(['Nội dung', 'Loại việc', 'Hạn cuối', 'Trạng thái', 'Còn lại']);
    }
    await screenshot('deadlines-reporter');
  });
});

describe('working calendar', () => {
  it('shows a reporter the 2026 calendar without any edit control', async () => {
    await page.goto(`${platform!.url}/#/calendar?year=2026`);

    await expect.poll(() => page.getByRole('heading', { level: 2, name: 'Năm 2026' }).count()).toBe(1);
    expect(await page.getByRole('rowheader', { name: '10/01/2026' }).count()).toBe(1);
    expect(await page.getByRole('button', { name: /Sửa lịch/ }).count()).toBe(0);
    expect(await page.getByRole('button', { name: /Đề xuất theo âm lịch|Xuất tệp|Nhập tệp|Lịch sử sửa đổi/ }).count()).toBe(0);
    await screenshot('calendar-reporter');
  });

  it('shows the administrator the Tết 2026 days off and the make-up Saturday 10/01/2026', async () => {
    // Prepare
    await signInAs(user((u) => u.userId === 'u-quan-tri', 'administrator u-quan-tri'));

    // Act
    await nav('Lịch làm việc').click();
    await page.getByRole('navigation', { name: 'Các năm' }).getByRole('link', { name: /2026/ }).click();

    // Assess
    await expect.poll(() => page.getByRole('heading', { level: 2, name: 'Năm 2026' }).count()).toBe(1);
    const tet = page.getByRole('row').filter({ hasText: 'Tết Nguyên đán' });
    await expect.poll(() => tet.count()).toBe(9);
    expect(await tet.first().innerText()).toMatch(/14\/02\/2026\s+Thứ Bảy\s+Tết Nguyên đán\s+Tết/);
    const makeUp = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: '10/01/2026' }) });
    expect(await makeUp.innerText()).toMatch(/10\/01\/2026\s+Thứ Bảy\s+Làm bù cho ngày nghỉ hoán đổi 02\/01\/2026\s+02\/01\/2026/);
    expect(await page.getByRole('button', { name: 'Sửa lịch năm 2026' }).count()).toBe(1);
    await screenshot('calendar-admin-2026');
  });

  it('proposes 2027 from the lunar calendar, with Tết in February, and saves it with a reason', async () => {
    // Act
    await page.getByLabel('Năm', { exact: true }).fill('2027');
    await page.getByRole('button', { name: 'Đề xuất theo âm lịch' }).click();

    // Assess: Tết 2027 (mùng 1 on 06/02/2027) and the day before are proposed as days off.
    await expect.poll(() => page.getByRole('heading', { level: 2 }).first().innerText()).toBe('Đề xuất lịch năm 2027 (chưa lưu)');
    const proposed = await page.locator('.editor tbody tr').evaluateAll((rows) =>
      rows.map((row) => [...row.querySelectorAll('input')].map((input) => input.value)),
    );
    const tet = proposed.filter(([date, nameVi]) => nameVi === 'Tết Nguyên đán' && date?.startsWith('2027-02-'));
    expect(tet.map(([date]) => date)).toEqual(['2027-02-05', '2027-02-06', '2027-02-07', '2027-02-08', '2027-02-09']);
    expect(await page.locator('.editor').innerText()).toContain('Thứ Bảy 06/02/2027');
    await screenshot('calendar-proposal-2027');

    // Act
    await page.getByLabel('Lý do thay đổi').fill('Đề xuất lịch nghỉ năm 2027 theo âm lịch, chờ thông báo chính thức');
    await page.getByRole('button', { name: /^Lưu/ }).click();

    // Assess
    await expect.poll(() => page.getByRole('status').first().innerText()).toContain('Đã lưu lịch năm 2027');
    await expect.poll(() => page.getByRole('heading', { level: 2, name: 'Năm 2027' }).count()).toBe(1);
    expect(await page.locator('.year-head').innerText()).toContain('Đề xuất');
    await page.getByRole('button', { name: 'Lịch sử sửa đổi' }).click();
    await expect.poll(() => page.locator('.history').innerText()).toContain('Đề xuất lịch nghỉ năm 2027 theo âm lịch');
    await screenshot('calendar-saved-2027');
  });

  it('creates a year that has no calendar yet from its proposal', async () => {
    // Prepare
    expect(await page.getByRole('navigation', { name: 'Các năm' }).getByRole('link', { name: /2028/ }).count()).toBe(0);

    // Act
    await page.getByLabel('Năm', { exact: true }).fill('2028');
    await page.getByRole('button', { name: 'Đề xuất theo âm lịch' }).click();
    await expect.poll(() => page.locator('.editor').innerText()).toContain('Đây là đề xuất tính từ âm lịch');
    await page.getByLabel('Lý do thay đổi').fill('Lịch dự kiến năm 2028 để tính các thời hạn dài');
    await page.getByRole('button', { name: 'Lưu thành lịch năm mới' }).click();

    // Assess
    await expect.poll(() => page.getByRole('status').first().innerText()).toContain('Đã lưu lịch năm 2028');
    const tab = page.getByRole('navigation', { name: 'Các năm' }).getByRole('link', { name: /2028/ });
    expect(await tab.innerText()).toMatch(/2028\s+Đề xuất/i);
    expect(await tab.getAttribute('aria-current')).toBe('page');
    expect(await page.getByRole('rowheader', { name: '26/01/2028' }).count()).toBe(1);
  });

  it('tells the administrator to reload when someone else saved the year first', async () => {
    // Prepare: open the 2026 editor, then another session saves 2026.
    await page.goto(`${platform!.url}/#/calendar?year=2026`);
    await page.getByRole('button', { name: 'Sửa lịch năm 2026' }).click();
    const token = await apiToken('u-quan-tri');
    const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
    const calendar = (await (await fetch(`${platform!.url}/api/calendar`, { headers })).json()) as {
      years: Array<{ version: number; data: { year: number } }>;
    };
    const stored = calendar.years.find((year) => year.data.year === 2026)!;
    const other = await fetch(`${platform!.url}/api/calendar/2026`, {
      method: 'PUT',
      headers,
      body: JSON.stringify({ version: stored.version, data: stored.data, reason: 'Lưu từ một phiên khác' }),
    });
    expect(other.status).toBe(200);

    // Act
    await page.getByLabel('Lý do thay đổi').fill('Sửa tên ngày nghỉ');
    await page.getByRole('button', { name: 'Lưu thay đổi' }).click();

    // Assess
    const alert = page.locator('.editor').getByRole('alert');
    await expect.poll(() => alert.innerText()).toContain('vừa được người khác lưu trước bạn');
    await screenshot('calendar-conflict');
    await alert.getByRole('button', { name: 'Tải lại lịch' }).click();
    await expect.poll(() => page.locator('.editor').count()).toBe(0);
  });

  it('exports the calendar as an .ics file and imports it back with a reason', async () => {
    // Act
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Xuất tệp .ics' }).click();
    const download = await downloading;

    // Assess
    expect(download.suggestedFilename()).toMatch(/\.ics$/);
    const file = await download.path();
    const ics = await readFile(file, 'utf8');
    expect(ics).toContain('BEGIN:VCALENDAR');
    expect(ics).toContain('Tết Nguyên đán');

    // Act
    await page.getByRole('button', { name: 'Nhập tệp .ics' }).click();
    await page.getByLabel('Tệp iCalendar (.ics)').setInputFiles({ name: 'lich.ics', mimeType: 'text/calendar', buffer: Buffer.from(ics) });
    await page.locator('.import-form').getByLabel('Lý do thay đổi').fill('Nhập lại lịch đã xuất để kiểm tra');
    await page.getByRole('button', { name: 'Nhập lịch', exact: true }).click();

    // Assess
    await expect.poll(() => page.getByRole('status').first().innerText()).toMatch(/Đã nhập lịch các năm: .*2026/);
    await screenshot('calendar-imported');
  });
});
