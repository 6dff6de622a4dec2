import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLocalPlatform, type LocalPlatform } from '../../infra/local/platform.ts';
import { FixedClock } from '../../shared/clock.ts';
import { buildWeb, launchChromium, mainNavLink, screenshot as keepScreenshot, signInAfresh } from '../support/browser.ts';

/**
 * The directory's administration end to end, as of Monday 16/11/2026 09:00 in Vietnam: the
 * administrator creates a user (an e-mail already in use is refused beside its field), makes them head
 * of their unit, is refused deactivating a unit that still has members (in Vietnamese, then English),
 * changes the head of the agency, and reads each change in the history with its date, author, labels,
 * names and reason; the pages fit a 390 px phone. Set DVM_SCREENSHOT_DIR to keep screenshots.
 */

const NOW = '2026-11-16T02:00:00Z';
const ADMIN = { fullName: 'Huỳnh Minh Tuấn' };
const NEW_USER = { fullName: 'Phạm Thị Lan', title: 'Phó Trưởng phòng', email: 'lan.pham@khcn-quangngai.example' };
const QLCN = 'Phòng Quản lý công nghệ và Sở hữu trí tuệ';
const QLKH = 'Phòng Quản lý khoa học';
const TDC = 'Chi cục Tiêu chuẩn Đo lường Chất lượng';

let platform: LocalPlatform | undefined;
let browser: Browser | undefined;
let context: BrowserContext;
let page: Page;

function screenshot(name: string, fullPage = true): Promise<void> {
  return keepScreenshot(page, `directory-${name}`, fullPage);
}

function heading() {
  return page.getByRole('heading', { level: 1 }).innerText();
}

/** The form field (label, errors, control) holding the control labelled `label`. */
function fieldOf(label: string): Locator {
  return page.locator('.field').filter({ has: page.getByLabel(label, { exact: true }) });
}

function history(): Locator {
  return page.locator('.directory-history');
}

/** Nothing wider than the screen: tables scroll inside their own frame. */
function pageOverflow(): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

beforeAll(async () => {
  await buildWeb();
  platform = await startLocalPlatform({ ports: 'random', inMemory: true, scheduler: false, clock: new FixedClock(NOW) });
  browser = await launchChromium();
  context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'vi-VN', timezoneId: 'UTC' });
  await context.clock.setFixedTime(new Date(NOW));
  page = await context.newPage();
  page.setDefaultTimeout(10_000);
});

afterAll(async () => {
  await browser?.close();
  await platform?.stop();
});

describe('directory administration', () => {
  it('creates a user, refusing an e-mail already in use beside its field, and lists them with the change in the history', async () => {
    // Prepare
    await signInAfresh(page, platform!.url, ADMIN);
    await mainNavLink(page, 'Người dùng').click();
    await expect.poll(heading).toBe('Người dùng');
    await page.getByRole('button', { name: 'Thêm người dùng', exact: true }).click();

    // Act: an address already used by Lê Văn Cường
    await page.getByLabel('Họ và tên', { exact: true }).fill(NEW_USER.fullName);
    await page.getByLabel('Chức vụ', { exact: true }).fill(NEW_USER.title);
    await page.getByLabel('Thư điện tử', { exact: true }).fill('chuyen-vien-qlcn@khcn-quangngai.example');
    await page.getByRole('checkbox', { name: 'Cán bộ báo cáo của đơn vị' }).check();
    await page.getByLabel('Đơn vị', { exact: true }).selectOption({ label: QLCN });
    await page.getByLabel('Lý do thay đổi').fill('Tiếp nhận công chức theo Quyết định 112/QĐ-SKHCN');
    await page.getByRole('button', { name: 'Tạo người dùng', exact: true }).click();

    // Assess
    await expect.poll(() => fieldOf('Thư điện tử').locator('.field-error').count()).toBe(1);
    expect(await fieldOf('Thư điện tử').innerText()).toContain('đã được dùng cho một tài khoản khác');
    await screenshot('user-email-taken');

    // Act
    await page.getByLabel('Thư điện tử', { exact: true }).fill(NEW_USER.email);
    await page.getByRole('button', { name: 'Tạo người dùng', exact: true }).click();

    // Assess
    await expect.poll(() => page.getByRole('status').allInnerTexts()).toContain(`Đã tạo người dùng ${NEW_USER.fullName}.`);
    const row = page.getByRole('row').filter({ hasText: NEW_USER.fullName });
    await expect.poll(() => row.count()).toBe(1);
    expect(await row.innerText()).toContain(QLCN);
    expect(await row.innerText()).toContain('Cán bộ báo cáo của đơn vị');
    const created = history().locator('li.timeline-event').first();
    await expect.poll(() => created.innerText()).toContain(`Tạo người dùng ${NEW_USER.fullName}`);
    const text = await created.innerText();
    expect(text).toContain('16/11/2026 09:00');
    expect(text).toContain(`Người thực hiện: ${ADMIN.fullName}`);
    expect(text).toContain('Lý do: Tiếp nhận công chức theo Quyết định 112/QĐ-SKHCN');
    expect(text).toContain(`Đơn vị: ${QLCN}`);
    expect(text).not.toContain('quan-ly-cong-nghe');
    await screenshot('user-created');
  });

  it('makes the new user head of their unit and shows the change by name and label', async () => {
    // Prepare
    await mainNavLink(page, 'Đơn vị').click();
    await expect.poll(heading).toBe('Đơn vị');
    await page.getByRole('button', { name: `Sửa ${QLCN}` }).click();

    // Act
    await page.getByLabel('Trưởng đơn vị', { exact: true }).selectOption({ label: `${NEW_USER.fullName} — ${NEW_USER.title}` });
    await page.locator('.edit-panel').getByLabel('Lý do thay đổi').fill('Giao phụ trách phòng từ ngày 16/11/2026');
    await page.locator('.edit-panel').getByRole('button', { name: 'Lưu thay đổi', exact: true }).click();

    // Assess
    await expect.poll(() => page.getByRole('status').allInnerTexts()).toContain(`Đã lưu thay đổi của đơn vị ${QLCN}.`);
    const row = page.getByRole('row').filter({ hasText: QLCN });
    await expect.poll(() => row.innerText()).toContain(NEW_USER.fullName);
    const changed = history().locator('li.timeline-event').first();
    await expect.poll(() => changed.innerText()).toContain(`Sửa đơn vị ${QLCN}`);
    const text = await changed.innerText();
    expect(text).toContain(`Trưởng đơn vị: Trần Minh Đức → ${NEW_USER.fullName}`);
    expect(text).toContain('Lý do: Giao phụ trách phòng từ ngày 16/11/2026');
    expect(text).toContain('16/11/2026 09:00');
    expect(await history().innerText()).not.toMatch(/headUserId|u-truong-phong/);
    await screenshot('unit-head-changed');
  });

  it('refuses deactivating a unit that still has members, beside the field, in Vietnamese then English', async () => {
    // Prepare
    await page.getByRole('button', { name: `Sửa ${QLKH}` }).click();

    // Act
    await page.getByRole('checkbox', { name: 'Đơn vị đang hoạt động' }).uncheck();
    await page.locator('.edit-panel').getByLabel('Lý do thay đổi').fill('Sáp nhập vào Phòng Quản lý công nghệ');
    await page.locator('.edit-panel').getByRole('button', { name: 'Lưu thay đổi', exact: true }).click();

    // Assess
    const active = page.locator('.field').filter({ has: page.getByRole('checkbox', { name: 'Đơn vị đang hoạt động' }) });
    await expect.poll(() => active.locator('.field-error').count()).toBe(1);
    expect(await active.innerText()).toContain(`Đơn vị “${QLKH}” ngừng hoạt động nhưng vẫn còn người dùng`);
    await page.getByRole('button', { name: 'English', exact: true }).click();
    const activeEn = page.locator('.field').filter({ has: page.getByRole('checkbox', { name: 'The unit is active' }) });
    await expect.poll(() => activeEn.innerText()).toContain(`“${QLKH}” is inactive but still has active users`);
    await page.getByRole('button', { name: 'Tiếng Việt', exact: true }).click();
    await page.getByRole('button', { name: 'Hủy', exact: true }).click();
    expect(await page.getByRole('row').filter({ hasText: QLKH }).innerText()).toContain('Đang hoạt động');
  });

  it('changes the head of the agency among its active leaders', async () => {
    // Act
    await page.getByRole('combobox', { name: 'Thủ trưởng cơ quan' }).selectOption({ label: 'Trần Thị Minh Hòa — Phó Giám đốc Sở' });
    await page.locator('.agency-head').getByLabel('Lý do thay đổi').fill('Giám đốc Sở đi công tác dài ngày, Phó Giám đốc điều hành');
    await page.locator('.agency-head').getByRole('button', { name: 'Lưu thay đổi', exact: true }).click();

    // Assess
    await expect.poll(() => page.getByRole('status').allInnerTexts()).toContain('Đã lưu Thủ trưởng cơ quan.');
    expect(await page.locator('.agency-head').innerText()).toContain('Hiện nay: Trần Thị Minh Hòa — Phó Giám đốc Sở');
    const changed = history().locator('li.timeline-event').first();
    await expect.poll(() => changed.innerText()).toContain('Thủ trưởng cơ quan: Nguyễn Văn Thành → Trần Thị Minh Hòa');
    expect(await changed.innerText()).toContain('Sửa thông tin cơ quan Sở Khoa học và Công nghệ tỉnh Quảng Ngãi');
  });

  it('records a merge with its effective date, refusing a date after today beside its field, and a rename that keeps the former name', async () => {
    // Prepare
    const form = page.locator('.reorganisation-form');
    await page.getByRole('button', { name: 'Tổ chức lại đơn vị', exact: true }).click();
    await form.getByRole('radio', { name: 'Sáp nhập, hợp nhất' }).check();
    await form.getByRole('checkbox', { name: QLKH, exact: true }).check();
    await form.getByRole('checkbox', { name: QLCN, exact: true }).check();
    await form.getByLabel('Đơn vị tiếp nhận', { exact: true }).selectOption({ label: QLCN });
    await form.getByLabel('Lý do thay đổi').fill('Quyết định 15/QĐ-UBND sáp nhập Phòng Quản lý khoa học');

    // Act: tomorrow
    await form.getByLabel('Ngày có hiệu lực', { exact: true }).fill('2026-11-17');
    await form.getByRole('button', { name: 'Ghi nhận tổ chức lại', exact: true }).click();

    // Assess
    const effective = form.locator('.field').filter({ has: page.getByLabel('Ngày có hiệu lực', { exact: true }) });
    await expect.poll(() => effective.locator('.field-error').count()).toBe(1);
    expect(await effective.innerText()).toContain('Ngày có hiệu lực không được sau hôm nay');
    expect(await page.getByRole('row').filter({ hasText: QLKH }).innerText()).toContain('Đang hoạt động');

    // Act
    await form.getByLabel('Ngày có hiệu lực', { exact: true }).fill('2026-11-16');
    await form.getByRole('button', { name: 'Ghi nhận tổ chức lại', exact: true }).click();

    // Assess
    await expect.poll(() => page.getByRole('status').allInnerTexts()).toContainEqual(expect.stringContaining('Đã ghi nhận việc tổ chức lại'));
    const merged = page.getByRole('row').filter({ hasText: QLKH });
    await expect.poll(() => merged.innerText()).toContain(`Ngừng hoạt động`);
    expect(await merged.innerText()).toContain(`đến 16/11/2026, nay là ${QLCN}`);
    const event = history().locator('li.timeline-event').filter({ hasText: `Hợp nhất, sáp nhập đơn vị ${QLKH}` });
    await expect.poll(() => event.count()).toBe(1);
    expect(await event.innerText()).toContain('Lý do: Quyết định 15/QĐ-UBND sáp nhập Phòng Quản lý khoa học');
    expect(await history().innerText()).not.toMatch(/quan-ly-khoa-hoc(?!@)/); // the unit's report address is shown as is
    await screenshot('merged');

    // Act: a rename as of the first of the month
    await page.getByRole('button', { name: 'Tổ chức lại đơn vị', exact: true }).click();
    await form.getByRole('radio', { name: 'Đổi tên' }).check();
    await form.getByLabel('Đơn vị', { exact: true }).selectOption({ label: TDC });
    await form.getByLabel('Tên mới', { exact: true }).fill('Phòng Tiêu chuẩn Đo lường Chất lượng');
    await form.getByLabel('Ngày có hiệu lực', { exact: true }).fill('2026-11-01');
    await form.getByLabel('Lý do thay đổi').fill('Quyết định 20/QĐ-UBND đổi tên Chi cục');
    await form.getByRole('button', { name: 'Ghi nhận tổ chức lại', exact: true }).click();

    // Assess
    const renamed = page.getByRole('row').filter({ hasText: 'Phòng Tiêu chuẩn Đo lường Chất lượng' });
    await expect.poll(() => renamed.count()).toBe(1);
    expect(await renamed.innerText()).toContain(`Tên cũ: ${TDC} (đến 01/11/2026)`);
    expect(await renamed.innerText()).toContain('Đang hoạt động');
  });

  it('fits the administration pages on a 390 px phone', async () => {
    // Prepare
    await page.setViewportSize({ width: 390, height: 844 });

    // Act
    await page.getByRole('button', { name: `Sửa ${QLCN}` }).click();
    await expect.poll(() => page.getByLabel('Trưởng đơn vị', { exact: true }).count()).toBe(1);

    // Assess
    expect(await pageOverflow()).toBeLessThanOrEqual(0);
    await screenshot('units-phone', false);
    await page.locator('.edit-panel').getByRole('button', { name: 'Hủy', exact: true }).click();
    await page.getByRole('button', { name: 'Tổ chức lại đơn vị', exact: true }).click();
    await page.locator('.reorganisation-form').getByRole('radio', { name: 'Chia tách' }).check();
    await expect.poll(() => page.getByRole('group', { name: 'Các đơn vị mới sau chia tách' }).count()).toBe(1);
    expect(await pageOverflow()).toBeLessThanOrEqual(0);
    await screenshot('reorganisation-phone', false);
    await mainNavLink(page, 'Người dùng').click();
    await expect.poll(heading).toBe('Người dùng');
    await page.getByRole('button', { name: `Sửa ${NEW_USER.fullName}` }).click();
    await expect.poll(() => page.getByRole('group', { name: 'Người có xung đột lợi ích đã khai báo' }).count()).toBe(1);
    expect(await pageOverflow()).toBeLessThanOrEqual(0);
    await screenshot('users-phone', false);
  });
});
