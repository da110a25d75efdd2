/** A week before the due date, the preventive reminder is drafted in the invoice's thread. */
import { afterEach, expect, test } from 'vitest';
import { sampleThread } from '../../examples/mailbox/sample-mailbox';
import { draftCount, expectText, mailbox, openMessage, openPlayground, type Playground, saveOpenForm, screenshot } from './support/playground';

let playground: Playground | undefined;
afterEach(async () => playground?.close());

test('drafts the preventive reminder of an invoice due in a week as a reply to all, in Drafts once saved', async () => {
  playground = await openPlayground();
  const { page, pane } = playground;
  const thread = sampleThread(mailbox, 'due-in-a-week');
  const draftsBefore = await draftCount(page);

  await openMessage(page, 'sent', thread.invoiceNumber);
  await pane.getByRole('heading', { name: 'À envoyer maintenant : message avant échéance' }).waitFor();
  const previewSubject = (await pane.getByRole('region', { name: 'Aperçu' }).locator('p').first().innerText()).replace(/^Objet\s:\s/, '');
  await pane.getByRole('button', { name: 'Créer le brouillon' }).click();
  await expectText(pane.getByRole('status'), 'Le brouillon est ouvert en réponse à tous', 'L’étape est notée dans le journal.');

  // Outlook opens the reply form; nothing is in Drafts until the user saves it.
  await expectText(page.getByRole('textbox', { name: 'Corps du message' }), thread.invoiceNumber, thread.amountText, 'satisfaction');
  expect(await page.locator('input[name="subject"]').inputValue()).toContain(thread.invoiceNumber);
  // The subject the preview showed is the draft's.
  expect(await page.locator('input[name="subject"]').inputValue()).toBe(previewSubject);
  await saveOpenForm(page);
  expect(await draftCount(page)).toBe(draftsBefore + 1);
  await page.locator('.message-list li').filter({ hasText: thread.invoiceNumber }).getByRole('button').click();
  await expectText(page.getByRole('textbox', { name: 'Corps du message' }), thread.invoiceNumber, thread.amountText, 'satisfaction');
  await screenshot(page, 'preventive-draft');
});
