/**
 * What every browser test does with the playground: a fresh browser context (fresh storage) on the
 * shared Chromium, the playground pinned to one day, the task pane's frame, the folders, and a
 * screenshot of where the flow ends.
 */
import { join } from 'node:path';
import { type Browser, type BrowserContext, chromium, type FrameLocator, type Locator, type Page } from 'playwright-core';
import { inject } from 'vitest';
import { type IsoDate } from '../../../src/core';
import { addDays } from '../../../src/core/dates/add-days';
import { sampleMailbox } from '../../../examples/mailbox/sample-mailbox';
import type { SampleFolder } from '../../../examples/mailbox/mailbox-types';

/** A Monday; the sample mailbox is built around whatever day this is. */
export const today: IsoDate = '2026-03-09';
export const mailbox = sampleMailbox(today);
export { addDays };

const outputDir = join(import.meta.dirname, '..', '..', '..', 'test-output', 'e2e');
let browser: Promise<Browser> | undefined;

export type Playground = { page: Page; context: BrowserContext; pane: FrameLocator; close(): Promise<void> };

export async function openPlayground(query: Record<string, string> = {}): Promise<Playground> {
  const { url, wsEndpoint } = inject('playground');
  browser ??= chromium.connect(wsEndpoint);
  const context = await (await browser).newContext({ viewport: { width: 1600, height: 1000 }, locale: 'fr-FR', timezoneId: 'Europe/Paris' });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  const search = new URLSearchParams({ today, latency: '20', ...query });
  await page.goto(`${url}?${search}`);
  await page.locator('.outlook').waitFor();
  return {
    page,
    context,
    pane: page.frameLocator('iframe[title="Relance"]'),
    async close() {
      await context.close();
      if (errors.length > 0) throw new Error(`The page reported errors:\n${errors.join('\n')}`);
    },
  };
}

export function folderButton(page: Page, folder: SampleFolder): Locator {
  return page.locator(`.folders button[data-folder="${folder}"]`);
}

export function messageRow(page: Page, subject: RegExp | string): Locator {
  return page.locator('.message-list li').filter({ hasText: subject });
}

/** Opens a message as the user does: its folder, then the message in the list. */
export async function openMessage(page: Page, folder: SampleFolder, subject: RegExp | string): Promise<void> {
  await folderButton(page, folder).click();
  await messageRow(page, subject).first().getByRole('button').click();
  await page.locator('iframe[title="Relance"]').waitFor();
}

/**
 * The form Outlook opened for the add-in, shown in the reading pane: as in Outlook, it is in Drafts
 * only once the user saves it, so the flow saves it as the user would.
 */
export async function saveOpenForm(page: Page): Promise<Locator> {
  const form = page.locator('form.compose');
  await form.getByRole('button', { name: 'Enregistrer' }).click();
  await form.locator('.saved-state:empty').waitFor({ state: 'attached' });
  return form;
}

export async function draftCount(page: Page): Promise<number> {
  await folderButton(page, 'drafts').click();
  return page.locator('.message-list li').count();
}

/** The end of a flow, as the user sees it, once the task pane has finished loading: test-output/e2e/<flow>.png. */
export async function screenshot(page: Page, flow: string, show?: Locator): Promise<void> {
  if (show) await show.first().scrollIntoViewIfNeeded();
  else if ((await page.locator('iframe[title="Relance"]').count()) > 0) {
    const panel = page.frameLocator('iframe[title="Relance"]').getByRole('tabpanel');
    await panel.waitFor({ timeout: 10_000 });
    for (let tries = 0; tries < 50 && /Lecture du message|Reading the message/.test(await panel.innerText()); tries += 1) {
      await page.waitForTimeout(100);
    }
  }
  await page.screenshot({ path: join(outputDir, `${flow}.png`) });
}

/** Waits until the element shows every text (Playwright's auto-waiting, without its test runner). */
export async function expectText(locator: Locator, ...texts: (string | RegExp)[]): Promise<void> {
  const deadline = Date.now() + 10_000;
  let shown = '';
  for (;;) {
    shown = (await locator.first().innerText({ timeout: 10_000 }).catch(() => '')) ?? '';
    const missing = texts.filter((text) => (typeof text === 'string' ? !shown.includes(text) : !text.test(shown)));
    if (missing.length === 0) return;
    if (Date.now() > deadline) throw new Error(`Expected ${locator} to show ${missing.map(String).join(', ')}; it shows:\n${shown}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
