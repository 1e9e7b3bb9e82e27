import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { projectPaths } from '@htx/dev-infra';
import { chromium, type Browser, type Page } from 'playwright-core';

/** What the web tier's global setup hands to its test files. */
export const WEB_TEST_ENV = { chromium: 'HTX_TEST_CHROMIUM', webApp: 'HTX_TEST_WEB_APP' } as const;

export function webTestEnv(name: keyof typeof WEB_TEST_ENV): string {
  const value = process.env[WEB_TEST_ENV[name]];
  if (!value) throw new Error(`${WEB_TEST_ENV[name]} is not set: run this file through its tier (npm run test:web)`);
  return value;
}

/** Where the screenshots of the main pages go (git-ignored; named in the README). */
export const SCREENSHOTS = join(projectPaths().root, 'test-artifacts', 'screenshots');

/** Debian's Chromium, headless, through playwright-core: no browser is downloaded. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: webTestEnv('chromium'), headless: true });
}

/** A fresh browser session on a laptop-sized screen in Vietnam, signed in through the login page. */
export async function signedInPage(
  browser: Browser,
  baseUrl: string,
  username: string,
  password: string,
): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width: 1366, height: 768 },
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
  });
  const page = await context.newPage();
  await page.goto(`${baseUrl}/app/`);
  await page.getByLabel('Tên đăng nhập').fill(username);
  await page.getByLabel('Mật khẩu').fill(password);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.getByTestId('signed-in-user').waitFor();
  return page;
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
}
