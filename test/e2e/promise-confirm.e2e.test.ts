/** A client promises a date: the promise is logged, acknowledged, and the reminders wait for it. */
import { afterEach, expect, test } from 'vitest';
import { formatDate } from '../../src/core';
import { sampleThread } from '../../examples/mailbox/sample-mailbox';
import { draftCount, expectText, mailbox, openMessage, openPlayground, type Playground, saveOpenForm, screenshot } from './support/playground';

let playground: Playground | undefined;
afterEach(async () => playground?.close());

test('confirms the promise read in a reply, drafts the acknowledgement and pauses the reminders until the date', async () => {
  playground = await openPlayground();
  const { page, pane } = playground;
  const thread = sampleThread(mailbox, 'late-10-days');
  const promised = thread.reply?.date;
  if (!thread.reply || !promised) throw new Error('the sample thread has no promise');
  const draftsBefore = await draftCount(page);

  // A client's reply opens on the reply tab, with the button named by what was read.
  await openMessage(page, 'inbox', thread.invoiceNumber);
  await expectText(pane.getByRole('tabpanel'), 'Promesse de paiement');
  expect(await pane.getByRole('tab', { name: 'Réponse du client' }).getAttribute('aria-selected')).toBe('true');
  expect(await pane.getByLabel('Date promise').inputValue()).toBe(promised);
  await pane.getByRole('button', { name: 'Enregistrer la promesse' }).click();
  await expectText(pane.getByRole('status'), `paiement attendu le ${formatDate(promised, 'fr')}`);

  await pane.getByRole('button', { name: 'Préparer la réponse' }).click();
  await expectText(pane.getByRole('status'), 'Le brouillon est ouvert en réponse à tous');
  await saveOpenForm(page);
  await pane.getByRole('tab', { name: 'Relance' }).click();
  // Without Graph the pane cannot see the sent items: it asks whether the acknowledgement went out.
  await expectText(pane.getByRole('tabpanel'), 'est-elle partie');
  await pane.getByRole('button', { name: 'Oui, elle est envoyée' }).click();
  await expectText(pane.getByRole('status'), 'notée comme envoyée');
  await expectText(pane.getByRole('tabpanel'), 'Rien à envoyer aujourd’hui', `Paiement promis pour le ${formatDate(promised, 'fr')}\u00a0: relances suspendues jusqu’au`);

  // The log lives in roaming settings: it is still there after a reload.
  await page.reload();
  await openMessage(page, 'inbox', thread.invoiceNumber);
  await pane.getByRole('tab', { name: 'Journal' }).click();
  await expectText(pane.getByRole('tabpanel'), 'Fromagerie Vidal', thread.invoiceNumber, formatDate(promised, 'fr'), 'en attente');
  expect(await draftCount(page)).toBe(draftsBefore + 1);
  await openMessage(page, 'inbox', thread.invoiceNumber);
  await pane.getByRole('tab', { name: 'Relance' }).click();
  await expectText(pane.getByRole('tabpanel'), 'relances suspendues jusqu');
  await screenshot(page, 'promise-confirm');
});
