import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLocalPlatform, type LocalPlatform } from '../../infra/local/platform.ts';
import { FixedClock } from '../../shared/clock.ts';
import { buildWeb, launchChromium, mainNavLink, screenshot as keepScreenshot, signInAfresh } from '../support/browser.ts';

/**
 * Citizen cases end to end against the real local platform, as of Monday 16/11/2026 09:00 in Vietnam:
 * the head of the office registers a first complaint received this morning and gets its tracking code,
 * accepts it (thụ lý) and sees the resolution deadline; a citizen without an account tracks the case by
 * its code and sees its status and next deadline but not who filed it; then files a petition online.
 * The office registers a denunciation naming the accused from the directory (a namesake typed as an
 * outsider is refused until picked). An inspector opens a misconduct case about a directory official.
 * Set DVM_SCREENSHOT_DIR to keep screenshots.
 */

const NOW = '2026-11-16T02:00:00Z';

const OFFICE = { userId: 'u-chanh-van-phong', fullName: 'Lê Thị Thu Hà' };
/** A deputy director: a leader, but not the head of the agency (Thủ trưởng), who may know a denouncer. */
const LEADER = { userId: 'u-pho-giam-doc', fullName: 'Trần Thị Minh Hòa' };
const INSPECTOR = { userId: 'u-chanh-thanh-tra', fullName: 'Võ Đình Khoa' };
/** The seeded denunciation (shared/demo/seed.ts) and its denouncer, whom only the handler and the office head may know. */
const DENUNCIATION = 'Tố cáo hành vi gây phiền hà khi thẩm định hồ sơ (mẫu)';
const DENOUNCER = 'Trần Văn Bình';
const PETITIONER = { name: 'Nguyễn Thị Bích Ngọc', address: '45 Hai Bà Trưng, phường Trần Phú, Quảng Ngãi', phone: '0914 222 333' };
const SUBJECT = 'Khiếu nại việc từ chối cấp giấy chứng nhận đăng ký hoạt động khoa học';
const TRACKING_CODE = /^DV(-[2-9A-HJKMNP-Z]{4}){5}$/;
/** The accused, in the demo directory (shared/demo/organization.ts). */
const ACCUSED = { userId: 'u-chuyen-vien-qlcn', fullName: 'Lê Văn Cường', title: 'Chuyên viên thẩm định Phòng Quản lý công nghệ và SHTT', unit: 'Phòng Quản lý công nghệ và Sở hữu trí tuệ' };
const NEW_DENUNCIATION = 'Tố cáo việc đòi tiền khi thẩm định hồ sơ chuyển giao công nghệ';

let platform: LocalPlatform | undefined;
let browser: Browser | undefined;
let context: BrowserContext;
let page: Page;

function screenshot(name: string, fullPage = true): Promise<void> {
  return keepScreenshot(page, `cases-${name}`, fullPage);
}

function nav(label: string) {
  return mainNavLink(page, label);
}

function signInAs(user: { fullName: string }): Promise<void> {
  return signInAfresh(page, platform!.url, user);
}

function heading() {
  return page.getByRole('heading', { level: 1 }).innerText();
}

beforeAll(async () => {
  await buildWeb();
  platform = await startLocalPlatform({ ports: 'random', inMemory: true, scheduler: false, clock: new FixedClock(NOW) });
  browser = await launchChromium();
  context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'vi-VN', timezoneId: 'UTC', acceptDownloads: true });
  // The browser's "today" is the platform's, so days left read the same on both sides.
  await context.clock.setFixedTime(new Date(NOW));
  page = await context.newPage();
  page.setDefaultTimeout(10_000);
});

afterAll(async () => {
  await browser?.close();
  await platform?.stop();
});

describe('citizen cases', () => {
  let trackingCode = '';

  it('registers a first complaint received this morning and shows its tracking code once', async () => {
    // Prepare
    await signInAs(OFFICE);
    await nav('Tiếp nhận đơn').click();
    await expect.poll(heading).toBe('Tiếp nhận đơn');

    // Act
    await page.getByLabel('Loại đơn').selectOption('khieu-nai-lan-1');
    await page.getByLabel('Kênh tiếp nhận').selectOption('truc-tiep');
    await page.getByLabel('Ngày nhận đơn').fill('2026-11-16');
    await page.getByLabel('Giờ nhận').fill('08:30');
    await page.getByLabel('Họ và tên').fill(PETITIONER.name);
    await page.getByLabel('Địa chỉ').fill(PETITIONER.address);
    await page.getByLabel('Điện thoại').fill(PETITIONER.phone);
    await page.getByLabel('Trích yếu').fill(SUBJECT);
    await page.getByLabel('Nội dung đơn').fill('Ngày 02/11/2026 tôi nhận thông báo từ chối cấp giấy chứng nhận mà không nêu rõ lý do. Đề nghị Sở xem xét lại.');
    await page.getByLabel('Ngày biết được quyết định, hành vi bị khiếu nại').fill('2026-11-02');
    await screenshot('register-form');
    await page.getByRole('button', { name: 'Lưu và tiếp nhận', exact: true }).click();

    // Assess
    const code = page.getByTestId('tracking-code');
    await expect.poll(() => code.count()).toBe(1);
    trackingCode = (await code.innerText()).trim();
    expect(trackingCode).toMatch(TRACKING_CODE);
    expect(await page.locator('.tracking-code').innerText()).toContain('chỉ hiển thị một lần');
    await screenshot('registered');
  });

  it('accepts the case (thụ lý) and shows the resolution deadline with a link to its computation', async () => {
    // Prepare
    await page.getByRole('link', { name: 'Mở hồ sơ vừa tiếp nhận' }).click();
    await expect.poll(heading).toBe(SUBJECT);
    expect(await page.locator('.case-heading').innerText()).toContain('Đã tiếp nhận');
    expect(await page.locator('tr[data-step="acceptance"]').innerText()).toContain('Còn');

    // Act
    await page.getByRole('button', { name: 'Thụ lý', exact: true }).click();
    await page.getByLabel('Số, ký hiệu văn bản').fill('TB 15/TB-SKHCN');
    await page.getByRole('button', { name: 'Ghi nhận: Thụ lý' }).click();

    // Assess
    await expect.poll(() => page.locator('.case-heading').innerText()).toContain('Đã thụ lý');
    const resolution = page.locator('tr[data-step="resolution"]');
    await expect.poll(() => resolution.count()).toBe(1);
    expect(await resolution.innerText()).toMatch(/\d{2}\/\d{2}\/2026/);
    expect(await resolution.innerText()).toContain('Đang theo dõi');
    expect(await page.locator('.timeline').innerText()).toContain('Thụ lý: Đã tiếp nhận → Đã thụ lý');
    expect(await page.locator('.timeline').innerText()).toContain('TB 15/TB-SKHCN');
    expect(await page.getByRole('button', { name: 'Thụ lý', exact: true }).count()).toBe(0);
    await screenshot('accepted');

    await resolution.getByRole('link', { name: 'Xem cách tính' }).click();
    await expect.poll(() => page.getByRole('list', { name: 'Cách tính từng bước' }).count()).toBe(1);
    expect(await page.getByRole('heading', { name: 'Lịch sử cảnh báo' }).count()).toBe(1);
    await screenshot('resolution-trace');
  });

  it('issues the notice of thụ lý from the case page under the register’s next number, and downloads it once built', async () => {
    // Prepare
    await page.goBack();
    await expect.poll(heading).toBe(SUBJECT);
    const documents = page.locator('section[aria-labelledby="case-documents-title"]');
    expect(await documents.innerText()).toContain('Chưa phát hành văn bản nào');
    // Accepted: the notice of non-acceptance is not offered at all.
    expect(await documents.innerText()).not.toContain('không thụ lý');

    // Act
    await documents.getByRole('button', { name: 'Phát hành Thông báo thụ lý' }).click();

    // Assess: numbered at once, the file built off the request path, then downloadable.
    const row = documents.locator('table.case-documents tbody tr');
    await expect.poll(() => row.count()).toBe(1);
    expect(await row.innerText()).toMatch(/\d{2,}\/TB-SKHCN/);
    expect(await row.innerText()).toContain('Thông báo về việc thụ lý giải quyết khiếu nại');
    expect(await row.innerText()).toContain('Người khiếu nại');
    expect(await row.innerText()).toContain(OFFICE.fullName);
    expect(await row.innerText()).toContain('Không gửi qua thư điện tử');
    const downloadButton = row.getByRole('button', { name: /Tải về \(DOCX\)/ });
    await expect.poll(() => downloadButton.count(), { timeout: 15_000 }).toBe(1);
    const [download] = await Promise.all([page.waitForEvent('download'), downloadButton.click()]);
    expect(download.suggestedFilename()).toMatch(/^\d{2,}-TB-SKHCN-thong-bao-thu-ly\.docx$/);
    const { readFile } = await import('node:fs/promises');
    const { readDocx } = await import('../support/read-docx.ts');
    const text = (await readDocx(await readFile(await download.path()))).text;
    expect(text).toContain(`Kính gửi: Ông (Bà) ${PETITIONER.name}.`);
    expect(text).toContain('Quảng Ngãi, ngày 16 tháng 11 năm 2026');
    expect(await documents.getByRole('button', { name: 'Phát hành Thông báo thụ lý' }).count()).toBe(0);
    await screenshot('case-documents');
  });

  it('shows the registers built from the records for a range of dates, and exports one to Excel', async () => {
    // Prepare
    await nav('Sổ đơn thư').click();
    await expect.poll(heading).toBe('Sổ đơn thư');

    // Act
    await page.getByLabel('Từ ngày').fill('2026-11-16');
    await page.getByLabel('Đến ngày').fill('2026-11-16');
    await page.getByRole('button', { name: 'Xem sổ' }).click();

    // Assess: the complaint received in person this morning, with its handling marked.
    const table = page.locator('table.register-table');
    await expect.poll(() => table.innerText()).toContain(SUBJECT);
    expect(await table.innerText()).toContain('Sổ tiếp công dân — từ 16/11/2026 đến 16/11/2026');
    expect(await table.innerText()).toContain(`${PETITIONER.name} - ${PETITIONER.address}`);
    expect(await table.locator('thead').innerText()).toContain('Hướng xử lý: Thụ lý để giải quyết');
    await page.getByRole('button', { name: 'Xuất Excel' }).click();
    const link = page.getByRole('link', { name: /Tải về so-tiep-cong-dan-16-11-2026-den-16-11-2026\.xlsx/ });
    await expect.poll(() => link.count(), { timeout: 15_000 }).toBe(1);
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    expect(download.suggestedFilename()).toBe('so-tiep-cong-dan-16-11-2026-den-16-11-2026.xlsx');
    await screenshot('registers');
  });

  it('lists the case with its type, status and next deadline, and filters by type', async () => {
    await nav('Đơn thư công dân').click();
    const row = page.getByRole('row').filter({ hasText: SUBJECT });
    await expect.poll(() => row.count()).toBe(1);
    expect(await row.innerText()).toContain('Khiếu nại lần đầu');
    expect(await row.innerText()).toContain('Đã thụ lý');

    await page.getByLabel('Loại đơn').selectOption('to-cao');

    await expect.poll(() => new URL(page.url()).hash).toBe('#/cases?type=to-cao');
    await expect.poll(() => page.getByRole('row').filter({ hasText: SUBJECT }).count()).toBe(0);
    await screenshot('list-denunciations');
  });

  it('registers a denunciation naming the accused from the directory, refusing their name typed as an outsider', async () => {
    // Prepare
    await nav('Tiếp nhận đơn').click();
    await expect.poll(heading).toBe('Tiếp nhận đơn');
    await page.getByLabel('Loại đơn').selectOption('to-cao');
    await page.getByLabel('Họ và tên').fill('Phan Thị Mỹ');
    await page.getByLabel('Địa chỉ').fill('12 Lê Lợi, phường Nghĩa Lộ, Quảng Ngãi');
    await page.getByLabel('Trích yếu').fill(NEW_DENUNCIATION);
    await page.getByLabel('Nội dung đơn').fill('Ngày 09/11/2026 cán bộ thẩm định yêu cầu tôi nộp thêm 2 triệu đồng ngoài quy định để hồ sơ được duyệt nhanh.');

    // Act: the accused typed as a person outside the agency, without a diacritic
    await page.getByRole('radio', { name: 'Người ngoài cơ quan' }).check();
    await page.getByLabel('Họ tên người bị khiếu nại, tố cáo, phản ánh').fill('le van cuong');
    await page.getByLabel('Lý do không thuộc danh bạ cơ quan').fill('Không rõ');

    // Assess: the namesake is shown at once, and the server refuses the outsider beside the name
    const namesakes = page.locator('.namesakes');
    await expect.poll(() => namesakes.innerText()).toContain('Trùng tên với cán bộ trong danh bạ:');
    expect(await namesakes.innerText()).toContain(`${ACCUSED.fullName} — ${ACCUSED.title} — ${ACCUSED.unit}`);
    await page.getByRole('button', { name: 'Lưu và tiếp nhận', exact: true }).click();
    const nameField = page.locator('.field.has-error').filter({ has: page.getByLabel('Họ tên người bị khiếu nại, tố cáo, phản ánh') });
    await expect.poll(() => nameField.count()).toBe(1);
    expect(await nameField.innerText()).toContain('trùng với cán bộ trong danh bạ');
    await screenshot('denunciation-namesake');

    // Act: pick the directory official instead
    await page.getByRole('button', { name: `Chọn ${ACCUSED.fullName} trong danh bạ` }).click();
    expect(await page.getByRole('radio', { name: 'Cán bộ của cơ quan (chọn từ danh bạ)' }).isChecked()).toBe(true);
    expect(await page.getByLabel('Cán bộ trong danh bạ').inputValue()).toBe(ACCUSED.userId);
    await page.getByRole('button', { name: 'Lưu và tiếp nhận', exact: true }).click();

    // Assess
    await expect.poll(() => page.getByTestId('tracking-code').count()).toBe(1);
    await page.getByRole('link', { name: 'Mở hồ sơ vừa tiếp nhận' }).click();
    await expect.poll(heading).toBe(NEW_DENUNCIATION);
    const official = page.locator('[data-official-kind="directory"]');
    await expect.poll(() => official.count()).toBe(1);
    expect(await official.innerText()).toContain(`${ACCUSED.fullName}, ${ACCUSED.title} — ${ACCUSED.unit}`);
    expect(await official.innerText()).toContain('Cán bộ của cơ quan');
    await screenshot('denunciation-official');
  });

  it('extends the denunciation from the case page within the legal maximum, moves its deadline with the reason, and issues the decision', async () => {
    // Prepare: accept it (thụ lý), on the page the registration led to.
    await page.getByRole('button', { name: 'Thụ lý', exact: true }).click();
    await page.getByRole('button', { name: 'Ghi nhận: Thụ lý' }).click();
    await expect.poll(() => page.locator('.case-heading').innerText()).toContain('Đã thụ lý');
    const resolution = page.locator('tr[data-step="resolution"]');
    const dueBefore = await resolution.locator('td').first().innerText();

    // Act: beyond 30 days the server refuses, saying why; 30 days with the reason and no number typed is recorded.
    await page.getByRole('button', { name: 'Gia hạn', exact: true }).click();
    await page.getByLabel('Số ngày gia hạn').fill('45');
    await page.getByLabel('Lý do').fill('Vụ việc phức tạp, cần xác minh tại nhiều nơi');
    await page.getByRole('button', { name: 'Ghi nhận: Gia hạn' }).click();
    await expect.poll(() => page.locator('.command-panel [role="alert"]').count()).toBeGreaterThan(0);
    expect(await resolution.locator('td').first().innerText()).toBe(dueBefore);
    await page.getByLabel('Số ngày gia hạn').fill('30');
    await page.getByRole('button', { name: 'Ghi nhận: Gia hạn' }).click();

    // Assess: the deadline moved, the decision says why, and its document is issued from the page.
    await expect.poll(() => page.locator('.case-heading').innerText()).toContain('Đang giải quyết (đã gia hạn)');
    expect(await resolution.locator('td').first().innerText()).not.toBe(dueBefore);
    expect(await page.locator('.timeline').innerText()).toContain('Vụ việc phức tạp, cần xác minh tại nhiều nơi');
    const documents = page.locator('section[aria-labelledby="case-documents-title"]');
    await documents.getByRole('button', { name: 'Phát hành Quyết định gia hạn giải quyết tố cáo (lần 1, ngày 16/11/2026)' }).click();
    const row = documents.locator('table.case-documents tbody tr', { hasText: 'QĐ-SKHCN' });
    await expect.poll(() => row.count()).toBe(1);
    expect(await row.innerText()).toContain('Quyết định về việc gia hạn giải quyết tố cáo');
    expect(await row.innerText()).toContain('Người tố cáo và người bị tố cáo');
    await expect.poll(() => row.getByRole('button', { name: /Tải về \(DOCX\)/ }).count(), { timeout: 15_000 }).toBe(1);
    await screenshot('denunciation-extended');

    // The trace explains why the deadline moved.
    await resolution.getByRole('link', { name: 'Xem cách tính' }).click();
    await expect.poll(() => page.getByRole('list', { name: 'Cách tính từng bước' }).innerText()).toContain('30');
    expect(await page.getByRole('list', { name: 'Cách tính từng bước' }).innerText()).toMatch(/[Gg]ia hạn/);
  });

  it('lets a citizen track the case by its code without signing in, and shows no personal data', async () => {
    // Prepare
    await page.getByRole('button', { name: 'Đăng xuất', exact: true }).click();
    await expect.poll(heading).toBe('Đăng nhập');
    await page.getByRole('link', { name: 'Công dân gửi đơn / tra cứu đơn' }).click();
    await page.getByRole('navigation', { name: 'Dành cho công dân' }).getByRole('link', { name: 'Tra cứu đơn' }).click();
    await expect.poll(heading).toBe('Tra cứu đơn');

    // Act
    await page.getByLabel('Mã tra cứu').fill(trackingCode.toLowerCase().replace(/-/g, ' '));
    await page.getByRole('button', { name: 'Tra cứu', exact: true }).click();

    // Assess
    await expect.poll(() => page.getByTestId('public-status').count()).toBe(1);
    expect(await page.getByTestId('public-status').innerText()).toBe('Đã thụ lý');
    expect(await page.getByTestId('public-next-deadline').innerText()).toMatch(/^\d{2}\/\d{2}\/2026/);
    expect(await page.locator('.public-result').innerText()).toContain('16/11/2026');
    const text = await page.locator('body').innerText();
    for (const personal of [PETITIONER.name, PETITIONER.address, PETITIONER.phone, 'Ngày 02/11/2026 tôi nhận']) expect(text).not.toContain(personal);
    expect(new URL(page.url()).hash).toBe('#/cong-dan/tra-cuu');
    await screenshot('public-tracking');
  });

  it('lets a citizen file a petition online and gives them a new tracking code', async () => {
    // Prepare
    await page.getByRole('link', { name: 'Gửi đơn trực tuyến' }).click();
    await expect.poll(heading).toBe('Gửi đơn trực tuyến');
    expect(await page.locator('.privacy-note').innerText()).toContain('giữ bí mật');

    // Act
    await page.getByLabel('Loại đơn').selectOption('kien-nghi-phan-anh');
    await page.getByLabel('Họ và tên').fill('Trần Văn Cường');
    await page.getByLabel('Thư điện tử').fill('cuong.tran@example.com');
    await page.getByLabel('Trích yếu').fill('Kiến nghị công khai danh mục đề tài khoa học cấp tỉnh năm 2027');
    await page.getByLabel('Nội dung đơn').fill('Đề nghị Sở công khai danh mục đề tài khoa học cấp tỉnh năm 2027 trên Trang thông tin điện tử để người dân được biết.');
    await page.getByRole('button', { name: 'Gửi đơn', exact: true }).click();

    // Assess
    const code = page.getByTestId('tracking-code');
    await expect.poll(() => code.count()).toBe(1);
    const second = (await code.innerText()).trim();
    expect(second).toMatch(TRACKING_CODE);
    expect(second).not.toBe(trackingCode);
    expect(await page.locator('.tracking-code').innerText()).toContain('Hãy lưu hoặc in mã này');
    await screenshot('public-filed');
  });

  it('hides the denouncer from a leader who is not the head of the agency, in the list and on the case page', async () => {
    await signInAs(LEADER);
    await nav('Đơn thư công dân').click();
    const row = page.getByRole('row').filter({ hasText: DENUNCIATION });
    await expect.poll(() => row.count()).toBe(1);
    expect(await row.innerText()).toContain('Đã ẩn để bảo vệ người tố cáo');

    await row.getByRole('link').click();

    await expect.poll(heading).toBe(DENUNCIATION);
    expect(await page.getByTestId('petitioner-redacted').innerText()).toBe('Đã ẩn để bảo vệ người tố cáo');
    expect(await page.locator('body').innerText()).not.toContain(DENOUNCER);
    await screenshot('denunciation-leader');
  });
});

describe('alert log', () => {
  it('shows the office which alerts the deadline check sent, to whom and at which stage', async () => {
    // Prepare: the daily check the next morning sends the reminders due by then.
    await platform!.runScheduled(new Date('2026-11-17T02:00:00Z'), ['scheduled-deadline-check']);
    await signInAs(OFFICE);

    // Act
    await nav('Cảnh báo').click();

    // Assess
    await expect.poll(heading).toBe('Nhật ký cảnh báo');
    const table = page.locator('table.alert-table');
    await expect.poll(() => table.count()).toBe(1);
    expect(await table.locator('tbody tr').count()).toBeGreaterThan(0);
    expect(await table.innerText()).toMatch(/\d{2}\/\d{2}\/2026 \d{2}:\d{2}/);
    await screenshot('alert-log');
    await page.getByLabel('Trạng thái').selectOption('pending');
    await expect.poll(() => new URL(page.url()).hash).toBe('#/alerts?status=pending');
  });
});

describe('misconduct cases', () => {
  it('lets an inspector open a case and start the inspection, with the handling deadline and thời hiệu', async () => {
    // Prepare
    await signInAs(INSPECTOR);
    await nav('Vi phạm công vụ').click();
    await page.getByRole('link', { name: 'Mở hồ sơ mới' }).click();
    await expect.poll(heading).toBe('Mở hồ sơ mới');

    // Act
    await page.getByLabel('Ghi chú của Văn phòng').fill('Phản ánh qua đường dây nóng ngày 10/11/2026.');
    await page.getByLabel('Tìm theo tên, chức vụ, đơn vị').fill('cuong');
    await page.getByLabel('Cán bộ trong danh bạ').selectOption(ACCUSED.userId);
    await page.getByLabel('Hành vi bị phản ánh', { exact: true }).fill('Yêu cầu bổ sung giấy tờ ngoài quy định, hẹn nhiều lần.');
    await page.getByLabel('Ngày phát hiện').fill('2026-11-10');
    await page.getByLabel('Ngày xảy ra vi phạm').fill('2026-10-20');
    await page.getByRole('button', { name: 'Mở hồ sơ', exact: true }).click();

    // Assess
    await expect.poll(heading).toContain(ACCUSED.fullName);
    expect(await page.locator('#mc-overview').locator('..').innerText()).toContain(ACCUSED.unit);
    expect(await page.locator('.case-heading').innerText()).toContain('Sàng lọc');
    expect(await page.locator('#mc-deadline').locator('..').innerText()).toContain('20/10/2031');
    await page.getByRole('button', { name: 'Bắt đầu kiểm tra', exact: true }).click();
    await page.getByLabel('Người được giao kiểm tra').selectOption(INSPECTOR.userId);
    await page.getByRole('button', { name: 'Ghi nhận: Bắt đầu kiểm tra' }).click();
    await expect.poll(() => page.locator('.case-heading').innerText()).toContain('Đang kiểm tra, xác minh');
    expect(await page.locator('.timeline').innerText()).toContain('Bắt đầu kiểm tra: Sàng lọc → Đang kiểm tra, xác minh');
    expect(await page.locator('.case-heading').innerText()).toContain(`Người kiểm tra: ${INSPECTOR.fullName}`);
    await screenshot('misconduct');
  });
});
