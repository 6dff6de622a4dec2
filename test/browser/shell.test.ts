import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLocalPlatform } from '../../infra/local/platform.ts';
import { buildWeb, devUsers, launchChromium, screenshot as keepScreenshot, signIn, type DevUser } from '../support/browser.ts';

/**
 * The web shell against the real local platform: dev sign-in, header and per-role navigation, the
 * units page, the language switch and sign-out. Set DVM_SCREENSHOT_DIR to keep screenshots.
 */


let platform: { url: string; stop(): Promise<void> } | undefined;
let browser: Browser | undefined;
let context: BrowserContext;
let page: Page;
let users: DevUser[];

function firstUser(role: string): DevUser {
  const user = users.find((candidate) => candidate.roles[0] === role);
  if (!user) throw new Error(`the demo seed has no ${role} user`);
  return user;
}

function screenshot(name: string): Promise<void> {
  return keepScreenshot(page, `shell-${name}`);
}

function signInAs(user: DevUser, submitLabel: string): Promise<void> {
  return signIn(page, user, submitLabel);
}

function navLinks(label: string) {
  return page.getByRole('navigation', { name: label }).getByRole('link');
}

beforeAll(async () => {
  await buildWeb();
  platform = await startLocalPlatform({ ports: 'random', inMemory: true, scheduler: false });
  users = await devUsers(platform.url);
  browser = await launchChromium();
  context = await browser.newContext({ viewport: { width: 1280, height: 860 }, locale: 'vi-VN', timezoneId: 'UTC' });
  page = await context.newPage();
  page.setDefaultTimeout(10_000);
});

afterAll(async () => {
  await browser?.close();
  await platform?.stop();
});

describe('web shell', () => {
  it('signs the office in, in Vietnamese, with the office navigation and the seeded units', async () => {
    // Prepare
    const office = firstUser('office');
    await page.goto(platform!.url);
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('vi');
    await expect.poll(() => page.getByRole('heading', { level: 1 }).innerText()).toBe('Đăng nhập');
    await screenshot('sign-in');

    // Act
    await signInAs(office, 'Đăng nhập');

    // Assess
    await expect.poll(() => page.locator('header').innerText()).toContain('Văn phòng Sở');
    await expect.poll(() => navLinks('Điều hướng chính').allInnerTexts()).toEqual(expect.arrayContaining(['Trang chủ', 'Đơn vị', 'Người dùng']));
    await expect.poll(() => page.getByRole('heading', { level: 1 }).innerText()).toBe(`Xin chào, ${office.fullName}`);
    await screenshot('home-office');

    await navLinks('Điều hướng chính').getByText('Đơn vị', { exact: true }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).innerText()).toBe('Đơn vị');
    expect(new URL(page.url()).hash).toBe('#/units');
    await expect.poll(() => page.getByRole('rowheader').allInnerTexts()).toContainEqual(expect.stringContaining('Văn phòng Sở'));
    expect(await page.getByRole('link', { name: 'Đơn vị', exact: true }).getAttribute('aria-current')).toBe('page');
    // Only an administrator changes the directory: the office reads it.
    expect(await page.getByRole('button', { name: 'Thêm đơn vị', exact: true }).count()).toBe(0);
    expect(await page.getByRole('heading', { name: 'Lịch sử thay đổi' }).count()).toBe(0);
    await screenshot('units-office');
  });

  it('switches to English, keeps the choice, and signs out', async () => {
    await page.getByRole('button', { name: 'English', exact: true }).click();

    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('en');
    await expect.poll(() => navLinks('Main navigation').allInnerTexts()).toEqual(expect.arrayContaining(['Home', 'Units', 'Users']));
    await expect.poll(() => page.getByRole('heading', { level: 1 }).innerText()).toBe('Units');
    expect(await page.evaluate(() => localStorage.getItem('dvm.language'))).toBe('en');
    await screenshot('units-english');

    await page.getByRole('button', { name: 'Sign out', exact: true }).click();

    await expect.poll(() => page.getByRole('heading', { level: 1 }).innerText()).toBe('Sign in');
    expect(await page.evaluate(() => sessionStorage.getItem('dvm.session'))).toBeNull();
  });

  it('never offers a reporter the users page, and refuses it when typed in', async () => {
    // Prepare
    const reporter = firstUser('reporter');
    await page.getByRole('button', { name: 'Tiếng Việt', exact: true }).click();

    // Act
    await signInAs(reporter, 'Đăng nhập');

    // Assess
    const links = await navLinks('Điều hướng chính').allInnerTexts();
    expect(links).toContain('Đơn vị');
    expect(links).not.toContain('Người dùng');
    await navLinks('Điều hướng chính').getByText('Đơn vị', { exact: true }).click();
    const ownRow = page.getByRole('row').filter({ hasText: 'Đơn vị của bạn' });
    await expect.poll(() => ownRow.count()).toBe(1);
    expect(await ownRow.innerText()).toContain(reporter.unitName ?? 'missing unit name');
    await screenshot('units-reporter');

    await page.goto(`${platform!.url}/#/users`);
    await expect.poll(() => page.getByRole('heading', { level: 1 }).innerText()).toBe('Không có quyền truy cập');
  });
});
