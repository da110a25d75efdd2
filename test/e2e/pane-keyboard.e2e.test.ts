/**
 * The keyboard alone completes the draft flow and the confirm flow in the pane: Tab, Enter and the
 * arrow keys, never a click in the pane. Focus enters the pane on its selected tab, as Outlook's
 * F6 puts it there, and after each action it lands on the action's result.
 */
import type { Frame, Page } from 'playwright-core';
import { afterEach, expect, test } from 'vitest';
import { sampleThread } from '../../examples/mailbox/sample-mailbox';
import { paneFrame } from './support/pane-checks';
import { expectText, mailbox, openMessage, openPlayground, type Playground } from './support/playground';

let playground: Playground | undefined;
afterEach(async () => playground?.close());

/** What has the focus in the pane: its role and its name. */
const focused = (frame: Frame) =>
  frame.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    return { role: element?.getAttribute('role') ?? element?.tagName.toLowerCase() ?? '', name: element?.textContent?.trim() ?? '' };
  });

/** Presses Tab until the button is focused; returns how many Tab stops it took. */
async function tabTo(page: Page, frame: Frame, name: string, most = 8): Promise<number> {
  for (let stops = 1; stops <= most; stops += 1) {
    await page.keyboard.press('Tab');
    const now = await focused(frame);
    if (now.role === 'button' && now.name === name) return stops;
  }
  throw new Error(`"${name}" not reached in ${most} Tab stops; focus is on ${JSON.stringify(await focused(frame))}`);
}

/** Focus enters the pane on its selected tab. */
async function enterPane(page: Page): Promise<Frame> {
  const frame = await paneFrame(page);
  await frame.locator('[role="tab"][aria-selected="true"]').focus();
  return frame;
}

test('drafts a reminder with the keyboard alone, in a few Tab stops', async () => {
  playground = await openPlayground();
  const { page, pane } = playground;
  await openMessage(page, 'sent', sampleThread(mailbox, 'late-10-days').invoiceNumber);
  await pane.getByRole('button', { name: 'Créer le brouillon' }).waitFor();
  const frame = await enterPane(page);
  expect(await tabTo(page, frame, 'Créer le brouillon')).toBeLessThanOrEqual(3);
  await page.keyboard.press('Enter');
  await expectText(pane.getByRole('status'), 'Le brouillon est ouvert en réponse à tous');
  // Focus is on the result, not left on the body.
  await expect.poll(async () => (await focused(frame)).role).toBe('status');
});

test('moves between tabs with the arrow keys, Home and End, and confirms a promise with the keyboard alone', async () => {
  playground = await openPlayground();
  const { page, pane } = playground;
  const thread = sampleThread(mailbox, 'late-10-days');
  await openMessage(page, 'inbox', thread.invoiceNumber);
  await pane.getByRole('button', { name: 'Enregistrer la promesse' }).waitFor();
  const frame = await enterPane(page);
  expect(await focused(frame)).toEqual({ role: 'tab', name: 'Réponse du client' });
  await page.keyboard.press('ArrowLeft');
  expect(await focused(frame)).toEqual({ role: 'tab', name: 'Relance' });
  expect(await pane.getByRole('tab', { name: 'Relance' }).getAttribute('aria-selected')).toBe('true');
  await page.keyboard.press('End');
  expect(await focused(frame)).toEqual({ role: 'tab', name: 'Paramètres' });
  await page.keyboard.press('Home');
  expect((await focused(frame)).name).toBe('Relance');
  await page.keyboard.press('ArrowRight');
  expect(await focused(frame)).toEqual({ role: 'tab', name: 'Réponse du client' });
  // One Tab stop for the whole tab list (roving tabindex).
  expect(await frame.locator('[role="tab"][tabindex="0"]').count()).toBe(1);

  await pane.getByRole('button', { name: 'Enregistrer la promesse' }).waitFor();
  await tabTo(page, frame, 'Enregistrer la promesse', 10);
  await page.keyboard.press('Enter');
  await expectText(pane.getByRole('status'), 'paiement attendu le');
  await expect.poll(async () => (await focused(frame)).role).toBe('status');
  await tabTo(page, frame, 'Préparer la réponse', 10);
  await page.keyboard.press('Enter');
  await expectText(pane.getByRole('status'), 'Le brouillon est ouvert en réponse à tous');
});
