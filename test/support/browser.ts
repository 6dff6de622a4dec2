import path from 'node:path';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';
import { build, type LogLevel } from 'vite';
import { expect } from 'vitest';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
const screenshotDir = process.env.DVM_SCREENSHOT_DIR;

/** A user of the demo seed as `GET /api/dev/users` lists them. */
export interface DevUser {
  userId: string;
  fullName: string;
  roles: string[];
  unitId?: string;
  unitName?: string;
}

/** The gateway serves web/dist: build it from the sources under test. */
export async function buildWeb(logLevel: LogLevel = 'warn'): Promise<void> {
  await build({ configFile: path.resolve(import.meta.dirname, '../../web/vite.config.ts'), logLevel });
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}

/** Keeps `dvm-<name>.png` of the page or of one element when DVM_SCREENSHOT_DIR is set. */
export async function screenshot(target: Page | Locator, name: string, fullPage = true): Promise<void> {
  if (!screenshotDir) return;
  const file = path.join(screenshotDir, `dvm-${name}.png`);
  await ('goto' in target ? target.screenshot({ path: file, fullPage }) : target.screenshot({ path: file }));
}

export function literally(text: string): RegExp {
  return new RegExp(text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
}

/** Picks the user on the dev sign-in page, already open, and waits for the header to name them. */
export async function signIn(page: Page, user: { fullName: string }, submitLabel = 'Đăng nhập'): Promise<void> {
  await page.getByRole('radio', { name: literally(user.fullName) }).check();
  await page.getByRole('button', { name: submitLabel, exact: true }).click();
  await expect.poll(() => page.locator('header').innerText()).toContain(user.fullName);
}

/** Opens the app signed out and in Vietnamese, whatever the previous user or their profile chose, then signs in. */
export async function signInAfresh(page: Page, url: string, user: { fullName: string }): Promise<void> {
  await page.goto(url);
  await page.evaluate(() => {
    sessionStorage.clear();
    localStorage.setItem('dvm.language', 'vi');
  });
  await page.reload();
  await signIn(page, user);
}

export async function signOut(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Đăng xuất', exact: true }).click();
  await expect.poll(() => page.getByRole('heading', { level: 1 }).innerText()).toBe('Đăng nhập');
}

export function mainNavLink(page: Page, label: string) {
  return page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: label, exact: true });
}

/** An ID token from the local platform's dev sign-in, for calling the API as `userId`. */
export async function devIdToken(baseUrl: string, userId: string): Promise<string> {
  const response = await fetch(`${baseUrl}/api/dev/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ userId }),
  });
  return ((await response.json()) as { idToken: string }).idToken;
}

export async function devUsers(baseUrl: string): Promise<DevUser[]> {
  const response = await fetch(`${baseUrl}/api/dev/users`);
  return ((await response.json()) as { items: DevUser[] }).items;
}
