/** Graph fails while flagging: the user is told, and the draft and the log already written stay. */
import { afterEach, expect, test } from 'vitest';
import { sampleThread } from '../../examples/mailbox/sample-mailbox';
import { draftCount, expectText, mailbox, openMessage, openPlayground, type Playground, saveOpenForm, screenshot } from './support/playground';

let playground: Playground | undefined;
afterEach(async () => playground?.close());

test('reports a Graph failure on the flag and keeps the draft and the log', async () => {
  playground = await openPlayground({ graph: 'unavailable' });
  const { page, pane } = playground;
  const thread = sampleThread(mailbox, 'late-10-days');
  const draftsBefore = await draftCount(page);

  await openMessage(page, 'sent', thread.invoiceNumber);
  await pane.getByRole('button', { name: 'Créer le brouillon' }).click();
  await expectText(pane.getByRole('status'), 'Le brouillon est ouvert en réponse à tous', "L'étape est notée dans le journal.");
  await pane.getByRole('button', { name: 'Marquer pour suivi' }).click();
  await expectText(pane.getByRole('alert'), 'Le serveur de messagerie ne répond pas correctement');
  await expectText(page.locator('.calls'), '503');
  await expectText(page.locator('.notices'), 'pas encore enregistrée');
  await screenshot(page, 'graph-failure', pane.getByRole('alert'));

  // Nothing lost: the reply form is open, and in Drafts once the user saves it…
  await saveOpenForm(page);
  expect(await draftCount(page)).toBe(draftsBefore + 1);
  await expectText(page.locator('.message-list'), thread.invoiceNumber);
  // …and the log knows the reminder went out today: the pane, reopened, does not offer it again.
  await openMessage(page, 'sent', thread.invoiceNumber);
  await expectText(pane.getByRole('tabpanel'), 'Rien à envoyer aujourd’hui', 'Dernier envoi le 9 mars 2026');
});
