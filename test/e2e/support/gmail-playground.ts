/**
 * What the browser tests of the simulated Gmail share: a fresh page on gmail.html pinned to the
 * sample day, the add-on's side panel, a message opened from its folder, the fake Gmail's state
 * read from the page, axe-core run on the page as it stands, and a screenshot of the side panel.
 */
import { join } from 'node:path';
import { type Browser, chromium, type Locator, type Page } from 'playwright-core';
import { inject } from 'vitest';
import { today } from './playground';

const root = join(import.meta.dirname, '..', '..', '..');
const outputDir = join(root, 'test-output', 'e2e');
let browser: Promise<Browser> | undefined;

export type GmailPage = { page: Page; addOn: Locator; close(): Promise<void> };

export async function openGmail(options: { width?: number; height?: number; query?: Record<string, string> } = {}): Promise<GmailPage> {
  const { url, wsEndpoint } = inject('playground');
  browser ??= chromium.connect(wsEndpoint);
  const context = await (await browser).newContext({ viewport: { width: options.width ?? 1400, height: options.height ?? 900 }, locale: 'fr-FR', timezoneId: 'Europe/Paris' });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${url}gmail.html?${new URLSearchParams({ today, ...options.query })}`);
  await page.locator('.gmail').waitFor();
  return {
    page,
    addOn: page.locator('aside.gaddon'),
    async close() {
      await context.close();
      if (errors.length > 0) throw new Error(`The page reported errors:\n${errors.join('\n')}`);
    },
  };
}

/** Opens a message as the user does: its folder, then its row. */
export async function openMail(page: Page, folder: 'inbox' | 'sent' | 'drafts', text: string | RegExp): Promise<void> {
  await page.locator(`.gfolders button[data-folder="${folder}"]`).click();
  await page.locator('.glist li').filter({ hasText: text }).first().getByRole('button').click();
}

/** A button of the card in the side panel, by its exact name. */
export function cardButton(addOn: Locator, name: string): Locator {
  return addOn.locator('.gcard').getByRole('button', { name, exact: true });
}

type FakeDraft = { id: string; kind: string; threadId?: string; to: string; subject: string; body: string; deleted: boolean };
type FakeState = { drafts: FakeDraft[]; starred: string[]; labels: Record<string, string[]>; messages: { id: string; threadId: string; subject: string }[] };

/** The fake Gmail's state as the page holds it (window.relanceGmail, set by playground/gmail/main.tsx). */
export function gmailState(page: Page): Promise<FakeState> {
  return page.evaluate(() => {
    const { mail } = (window as unknown as { relanceGmail: { mail: { drafts: FakeDraft[]; starred: Set<string>; threadLabels: Map<string, Set<string>>; messages: Map<string, { id: string; threadId: string; subject: string }> } } }).relanceGmail;
    return {
      drafts: mail.drafts.filter((draft) => !draft.deleted),
      starred: [...mail.starred],
      labels: Object.fromEntries([...mail.threadLabels].map(([thread, labels]) => [thread, [...labels]])),
      messages: [...mail.messages.values()].map(({ id, threadId, subject }) => ({ id, threadId, subject })),
    };
  });
}

type AxeViolation = { id: string; help: string; nodes: { target: string[] }[] };

/** axe-core on the page as it stands: every violation, by rule and element. */
export async function axeViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: join(root, 'node_modules', 'axe-core', 'axe.min.js') });
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: AxeViolation[] }> } }).axe;
    return (await axe.run(document, { resultTypes: ['violations'] })).violations;
  });
  return violations.map((violation) => `${violation.id} (${violation.help}): ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

/** The side panel as the user sees it: test-output/e2e/<name>.png. */
export async function panelScreenshot(addOn: Locator, name: string): Promise<void> {
  await addOn.screenshot({ path: join(outputDir, `${name}.png`) });
}

/** Waits until the locator shows every text. */
export async function expectShows(locator: Locator, ...texts: (string | RegExp)[]): Promise<void> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const shown = await locator.innerText().catch(() => '');
    const missing = texts.filter((text) => (typeof text === 'string' ? !shown.includes(text) : !text.test(shown)));
    if (missing.length === 0) return;
    if (Date.now() > deadline) throw new Error(`Expected ${String(locator)} to show ${missing.map(String).join(', ')}; it shows:\n${shown}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Waits until the focus is on the card's title: where a click's result puts it, and where the next Tab starts. */
export async function expectFocusOnResult(page: Page): Promise<void> {
  await page.waitForFunction(() => document.activeElement?.matches('aside.gaddon .gcard h2') === true, undefined, { timeout: 10_000 });
}

/** Presses Tab until the focused element reads `name` (a keyboard user's way there), then stops on it. */
export async function tabTo(page: Page, name: string | RegExp, most = 80): Promise<void> {
  for (let presses = 0; presses < most; presses += 1) {
    await page.keyboard.press('Tab');
    const label = await page.evaluate(() => (document.activeElement as HTMLElement | null)?.innerText?.trim() ?? '');
    if (typeof name === 'string' ? label === name : name.test(label)) return;
  }
  throw new Error(`${most} presses of Tab never reached ${String(name)}`);
}

/** A card action done with the keyboard: Tab to its button, Enter, then the result shown and focused. */
export async function pressWithKeyboard(page: Page, addOn: Locator, button: string, result: string): Promise<void> {
  await tabTo(page, button);
  await page.keyboard.press('Enter');
  await expectShows(addOn, result);
  await expectFocusOnResult(page);
}
