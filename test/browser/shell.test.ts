import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLocalPlatform } from '../../infra/local/platform.ts';

/**
 * The web shell against the real local platform: dev sign-in, header and per-role navigation, the
 * units page, the language switch and sign-out. Set DVM_SCREENSHOT_DIR to keep screenshots.
 */

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
const screenshotDir = process.env.DVM_SCREENSHOT_DIR;

interface DevUser {
  userId: string;
  fullName: string;
  roles: string[];
  unitId?: string;
  unitName?: string;
}

let platform: { url: string; stop(): Promise<void> } | undefined;
let browser: Browser | undefined;
let context: BrowserContext;
let page: Page;
let users: DevUser[];

function escapeRegExp(text: string): RegExp {
  return new RegExp(text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
}

function firstUser(role: string): DevUser {
  const user = users.find((candidate) => candidate.roles[0] === role);
  if (!user) throw new Error(`the demo seed has no ${role} user`);
  return user;
}

async function screenshot(name: string): Promise<void> {
  if (screenshotDir) await page.screenshot({ path: path.join(screenshotDir, `dvm-shell-${name}.png`), fullPage: true });
}

async function signInAs(user: DevUser, submitLabel: string): Promise<void> {
  await page.getByRole('radio', { name: escapeRegExp(user.fullName) }).check();
  await page.getByRole('button', { name: submitLabel, exact: true }).click();
  await expect.poll(() => page.locator('header').innerText()).toContain(user.fullName);
}

function navLinks(label: string) {
  return page.getByRole('navigation', { name: label }).getByRole('link');
}

beforeAll(async () => {
  // The gateway serves web/dist: build it from the sources under test.
  await build({ configFile: path.resolve(import.meta.dirname, '../../web/vite.config.ts'), logLevel: 'warn' });
  platform = await startLocalPlatform({ ports: 'random', inMemory: true, scheduler: false });
  const response = await fetch(`${platform.url}/api/dev/users`);
  users = ((await response.json()) as { items: DevUser[] }).items;
  browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
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
