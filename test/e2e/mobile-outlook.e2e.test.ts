/** The "mobile" switch: on Outlook for Android the pane shows the plan and the preview, copies the reminder, and keeps the follow-up in the log. */
import { afterEach, expect, test } from 'vitest';
import { sampleThread } from '../../examples/mailbox/sample-mailbox';
import { draftCount, expectText, mailbox, openMessage, openPlayground, type Playground, screenshot } from './support/playground';

let playground: Playground | undefined;
afterEach(async () => playground?.close());

test('on Outlook mobile, offers the plan, the preview and a copy of the reminder, never a draft form', async () => {
  playground = await openPlayground();
  const { page, pane, context } = playground;
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const thread = sampleThread(mailbox, 'late-10-days');
  const draftsBefore = await draftCount(page);

  await page.getByLabel(/Outlook mobile/).check();
  await openMessage(page, 'sent', thread.invoiceNumber);
  await expectText(pane.getByRole('tabpanel'), 'À envoyer maintenant', thread.invoiceNumber);
  expect(await pane.getByRole('button', { name: 'Créer le brouillon' }).count()).toBe(0);

  await pane.getByRole('button', { name: 'Copier la relance' }).click();
  await expectText(pane.getByRole('tabpanel'), /Relance copiée|copie automatique est bloquée/);
  await pane.getByRole('button', { name: 'Marquer pour suivi' }).click();
  await expectText(pane.getByRole('status').first(), 'Outlook sur mobile ne permet pas', 'gardée dans le journal');
  await screenshot(page, 'mobile-outlook', pane.getByRole('tabpanel'));

  // The log has the date; no Office call Android lacks was made, and no draft appeared.
  await pane.getByRole('tab', { name: 'Journal' }).click();
  await expectText(pane.getByRole('tabpanel'), thread.invoiceNumber);
  expect(await page.locator('.calls').innerText()).not.toMatch(/displayReplyAllForm|convertToRestId|categories\.addAsync/);
  expect(await draftCount(page)).toBe(draftsBefore);
});
