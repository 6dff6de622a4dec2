import nodemailer from 'nodemailer';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { buildWeb, launchChromium, screenshot as shoot } from '../support/browser.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLocalPlatform, type LocalPlatform } from '../../infra/local/platform.ts';
import { FixedClock } from '../../shared/clock.ts';
import { obligationIdOf } from '../../shared/reporting/rules.ts';
import { ApiClient } from '../support/api-client.ts';

/**
 * The holding area of inbound e-mail end to end, as of Thursday 23/10/2025 09:00 in Vietnam: an
 * unregistered sender mails the reports address without an obligation code, and a citizen mails a
 * petition to the cases address; both arrive through the local SMTP server. The head of the office finds
 * them on `#/inbound`, discards the first with a reason and registers the second as a petition, which
 * gives a tracking code once and links to the new case. Set DVM_SCREENSHOT_DIR to keep screenshots.
 */

const NOW = '2025-10-23T02:00:00Z';

const OFFICE = { userId: 'u-chanh-van-phong', fullName: 'Lê Thị Thu Hà' };
const DOMAIN = 'bao-cao.khcn-quangngai.example';
const STRANGER = { from: 'la@example.net', subject: 'Gửi báo cáo tình hình thực hiện năm 2025' };
/** A registered address of Phòng Kế hoạch - Tài chính, writing without the obligation's code. */
const UNIT = { from: 'ke-hoach-tai-chinh@khcn-quangngai.example', subject: 'Báo cáo tổng kết 5 năm (quên ghi mã)', obligationId: obligationIdOf('bao-cao-tong-ket-2025', 'ke-hoach-tai-chinh') };
const CITIZEN = { from: 'hoa.vo@example.net', name: 'Võ Thị Hoa', subject: 'Đơn kiến nghị về việc cấp giấy chứng nhận' };
const TRACKING_CODE = /^DV(-[2-9A-HJKMNP-Z]{4}){5}$/;

let platform: LocalPlatform | undefined;
let browser: Browser | undefined;
let context: BrowserContext;
let page: Page;

const screenshot = (name: string, fullPage = true) => shoot(page, `inbound-${name}`, fullPage);

function heading() {
  return page.getByRole('heading', { level: 1 }).innerText();
}

/** The card of the held message with this subject. */
function card(subject: string) {
  return page.locator('article.held-message').filter({ has: page.getByRole('heading', { name: subject, exact: true }) });
}

function tab(label: string) {
  return page.getByRole('navigation', { name: 'Nhóm thư' }).getByRole('link', { name: label, exact: true });
}

beforeAll(async () => {
  await buildWeb();
  platform = await startLocalPlatform({ ports: 'random', inMemory: true, scheduler: false, clock: new FixedClock(NOW) });

  const transport = nodemailer.createTransport({ host: '127.0.0.1', port: platform.smtpPort, secure: false, ignoreTLS: true });
  await transport.sendMail({
    from: STRANGER.from,
    to: `bao-cao@${DOMAIN}`,
    subject: STRANGER.subject,
    text: 'Kính gửi Văn phòng Sở, đơn vị chúng tôi gửi báo cáo tình hình thực hiện Kế hoạch năm 2025.',
  });
  await transport.sendMail({
    from: UNIT.from,
    to: `bao-cao@${DOMAIN}`,
    subject: UNIT.subject,
    text: 'Phòng Kế hoạch - Tài chính gửi báo cáo tổng kết 5 năm thực hiện Kế hoạch.',
    attachments: [{ filename: 'tong-ket.pdf', content: Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n'), contentType: 'application/pdf' }],
  });
  await transport.sendMail({
    from: `${CITIZEN.name} <${CITIZEN.from}>`,
    to: `don-thu@${DOMAIN}`,
    subject: CITIZEN.subject,
    text: 'Kính gửi Sở Khoa học và Công nghệ, tôi kiến nghị rút ngắn thời gian cấp giấy chứng nhận đăng ký hoạt động khoa học và công nghệ.',
  });
  transport.close();
  // The SMTP server acknowledges once the message is stored; ingestion follows asynchronously, as with SES.
  const office = await ApiClient.signIn(platform.url, OFFICE.userId);
  const heldNow = async () =>
    ((await office.get('/api/inbound/held?status=held')).body.items as { from: string; reason: string }[]).map((held) => `${held.from} ${held.reason}`).sort();
  let held: string[] = [];
  for (let attempt = 0; attempt < 100 && held.length < 3; attempt += 1) {
    held = await heldNow();
    if (held.length < 3) await new Promise((resolve) => setTimeout(resolve, 100));
  }
  expect(held).toEqual([`${CITIZEN.from} case-triage`, `${UNIT.from} no-target`, `${STRANGER.from} unknown-sender`]);

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

describe('inbound mail held for the office', () => {
  it('lists both held messages with why they were held, when and from whom', async () => {
    // Prepare
    await page.goto(platform!.url);
    await page.evaluate(() => {
      sessionStorage.clear();
      localStorage.setItem('dvm.language', 'vi');
    });
    await page.reload();
    await page.getByRole('radio', { name: new RegExp(OFFICE.fullName) }).check();
    await page.getByRole('button', { name: 'Đăng nhập', exact: true }).click();
    await expect.poll(() => page.locator('header').innerText()).toContain(OFFICE.fullName);

    // Act
    await page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Thư đến chờ xử lý', exact: true }).click();

    // Assess
    await expect.poll(heading).toBe('Thư đến chờ xử lý');
    await expect.poll(() => card(STRANGER.subject).count()).toBe(1);
    expect(await page.locator('article.held-message').count()).toBe(3);
    const stranger = await card(STRANGER.subject).innerText();
    expect(stranger).toContain(STRANGER.from);
    expect(stranger).toMatch(/Nhận lúc\s*23\/10\/2025 \d\d:\d\d/);
    expect(stranger).toContain('(unknown-sender)');
    expect(await card(STRANGER.subject).getByRole('button').allInnerTexts()).toEqual(['Ghi nhận vào báo cáo', 'Bỏ qua']);
    const citizen = await card(CITIZEN.subject).innerText();
    expect(citizen).toContain('Đơn thư công dân');
    expect(citizen).toContain('(case-triage)');
    expect(await card(CITIZEN.subject).getByRole('button').allInnerTexts()).toEqual(['Vào sổ đơn thư', 'Bỏ qua']);
    await screenshot('held');

    await page.getByRole('button', { name: 'English', exact: true }).click();
    await expect.poll(heading).toBe('Inbound mail to review');
    expect(await card(STRANGER.subject).innerText()).toMatch(/Why it was held\s*[^\n]*\(unknown-sender\)/);
    expect(await card(STRANGER.subject).innerText()).not.toContain('Lý do giữ lại');
    await screenshot('held-en');
    await page.getByRole('button', { name: 'Tiếng Việt', exact: true }).click();
    await expect.poll(heading).toBe('Thư đến chờ xử lý');

    await tab('Đơn thư công dân (chờ vào sổ)').click();
    await expect.poll(() => page.locator('article.held-message').count()).toBe(1);
    expect(await card(CITIZEN.subject).count()).toBe(1);
    await tab('Đang chờ xử lý').click();
    await expect.poll(() => page.locator('article.held-message').count()).toBe(3);
  });

  it('discards the stranger’s message with a reason, which moves it to the discarded mail', async () => {
    // Prepare
    const stranger = card(STRANGER.subject);
    await stranger.getByRole('button', { name: 'Bỏ qua', exact: true }).click();

    // Act: a reason is required
    await stranger.getByRole('button', { name: 'Xác nhận bỏ qua' }).click();
    expect(await stranger.locator('.field-error').innerText()).toContain('Hãy ghi lý do');
    await stranger.getByLabel('Lý do bỏ qua').fill('Người gửi không thuộc đơn vị nào của Sở');
    await screenshot('discard-form');
    await stranger.getByRole('button', { name: 'Xác nhận bỏ qua' }).click();

    // Assess
    await expect.poll(() => page.getByRole('status').first().innerText()).toContain(`Đã bỏ qua thư “${STRANGER.subject}”`);
    await expect.poll(() => page.locator('article.held-message').count()).toBe(2);
    expect(await card(STRANGER.subject).count()).toBe(0);
    await tab('Đã bỏ qua').click();
    await expect.poll(() => card(STRANGER.subject).count()).toBe(1);
    const discarded = await card(STRANGER.subject).innerText();
    expect(discarded).toContain('Người gửi không thuộc đơn vị nào của Sở');
    expect(discarded).toContain(`${OFFICE.fullName}, lúc 23/10/2025 09:00`);
    expect(await card(STRANGER.subject).getByRole('button').count()).toBe(0);
    await screenshot('discarded');
  });

  it('registers the citizen’s letter as a petition, shows its tracking code once and opens the case', async () => {
    // Prepare
    await tab('Đơn thư công dân (chờ vào sổ)').click();
    await expect.poll(() => card(CITIZEN.subject).count()).toBe(1);
    const letter = card(CITIZEN.subject);
    await letter.getByRole('button', { name: 'Vào sổ đơn thư', exact: true }).click();
    expect(await letter.getByLabel('Thư điện tử').inputValue()).toBe(CITIZEN.from);
    expect(await letter.getByLabel('Trích yếu').inputValue()).toBe(CITIZEN.subject);

    // Act
    await letter.getByLabel('Họ và tên').fill(CITIZEN.name);
    await letter.getByLabel('Loại đơn').selectOption('kien-nghi-phan-anh');
    await letter.getByLabel('Địa chỉ').fill('12 Lê Lợi, phường Cẩm Thành, Quảng Ngãi');
    await letter.getByLabel('Nội dung đơn').fill('Kiến nghị rút ngắn thời gian cấp giấy chứng nhận đăng ký hoạt động khoa học và công nghệ.');
    await screenshot('register-form');
    await letter.getByRole('button', { name: 'Vào sổ và cấp mã tra cứu' }).click();

    // Assess
    const code = page.getByTestId('tracking-code');
    await expect.poll(() => code.count()).toBe(1);
    expect((await code.innerText()).trim()).toMatch(TRACKING_CODE);
    expect(await page.getByTestId('register-outcome').innerText()).toContain('chỉ hiển thị một lần');
    await expect.poll(() => page.locator('article.held-message').count()).toBe(0);
    await screenshot('registered', false);

    await page.getByRole('link', { name: 'Mở hồ sơ đơn thư' }).click();
    await expect.poll(heading).toBe(CITIZEN.subject);
    expect(page.url()).toMatch(/#\/cases\/[^/]+$/);
    expect(await page.locator('.case-heading').innerText()).toContain('Kiến nghị, phản ánh');
    await screenshot('case');
  });

  it('files the unit’s report that came without a code into its obligation, with a version and a receipt number', async () => {
    // Prepare
    await page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Thư đến chờ xử lý', exact: true }).click();
    await expect.poll(() => card(UNIT.subject).count()).toBe(1);
    const report = card(UNIT.subject);
    expect(await report.innerText()).toContain('tong-ket.pdf');
    await expect.poll(() => report.innerText()).toContain('Phòng Kế hoạch - Tài chính');

    // Act
    await report.getByRole('button', { name: 'Ghi nhận vào báo cáo', exact: true }).click();
    await report.getByRole('button', { name: 'Ghi nhận', exact: true }).click();
    expect(await report.locator('.field-error').innerText()).toContain('Hãy chọn báo cáo');
    await report.getByLabel('Báo cáo', { exact: true }).selectOption(UNIT.obligationId);
    await screenshot('assign-form');
    await report.getByRole('button', { name: 'Ghi nhận', exact: true }).click();

    // Assess
    const outcome = page.getByTestId('assign-outcome');
    await expect.poll(() => outcome.count()).toBe(1);
    expect(await outcome.innerText()).toMatch(/Phiên bản 1, giấy biên nhận số \S+\./);
    await expect.poll(() => page.locator('article.held-message').count()).toBe(0);
    await tab('Đã ghi nhận').click();
    await expect.poll(() => card(UNIT.subject).count()).toBe(1);
    expect(await card(UNIT.subject).innerText()).toMatch(/phiên bản 1, biên nhận số \S+/);
    await screenshot('assigned');
  });
});
