/**
 * An admin edits the organisation's settings file on the server (a scenario offset, a template):
 * the next pane opened uses them, with the same build. The file is served by the playground's
 * server; the edited version is what that server answers once the admin has saved it.
 */
import { afterEach, expect, test } from 'vitest';
import { sampleThread } from '../../examples/mailbox/sample-mailbox';
import { playgroundSettings } from '../../scripts/build-playground';
import { expectText, mailbox, openMessage, openPlayground, type Playground, screenshot } from './support/playground';

let playground: Playground | undefined;
afterEach(async () => playground?.close());

const edited = {
  ...playgroundSettings,
  scenarios: { default: { preventive: { fromDays: -5, idealDays: -5, toDays: -1 } } },
  templates: {
    'fr/overdue-1.hbs':
      'subject: Rappel amical – facture {{invoice.number}}\n---\nBonjour {{contact.salutation}},\n\n' +
      'Sauf erreur de notre part, la facture {{invoice.number}} de {{invoice.amount}} reste à régler.\n\n{{sender.name}}\n{{sender.company}}\n',
  },
};

async function withEditedSettings(current: Playground): Promise<void> {
  await current.context.route('**/relance.settings.json', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(edited) }));
}

test('uses the scenario offset and the template an admin changed in the settings, with no rebuild', async () => {
  const week = sampleThread(mailbox, 'due-in-a-week');
  const late = sampleThread(mailbox, 'late-10-days');

  playground = await openPlayground();
  await openMessage(playground.page, 'sent', week.invoiceNumber);
  await playground.pane.getByRole('heading', { name: 'À envoyer maintenant : message avant échéance' }).waitFor();
  await openMessage(playground.page, 'sent', late.invoiceNumber);
  // A reply-all keeps the thread's subject: the built-in template shows in the text.
  await expectText(playground.pane.getByRole('region', { name: 'Aperçu' }), 'Sauf erreur ou omission de notre part');
  await playground.close();

  playground = await openPlayground();
  await withEditedSettings(playground);
  const { page, pane } = playground;
  await openMessage(page, 'sent', week.invoiceNumber);
  await pane.getByRole('heading', { name: 'Rien à envoyer aujourd’hui' }).waitFor();
  await expectText(pane.locator('.card .next'), 'message avant échéance');

  await openMessage(page, 'sent', late.invoiceNumber);
  await expectText(pane.getByRole('region', { name: 'Aperçu' }), 'Sauf erreur de notre part');
  await pane.getByRole('button', { name: 'Créer le brouillon' }).click();
  await expectText(pane.getByRole('status'), 'Le brouillon est ouvert en réponse à tous');
  await pane.getByRole('tab', { name: 'Paramètres' }).click();
  await expectText(pane.getByRole('tabpanel'), 'Aucun problème dans les paramètres.', 'modèle de l’organisation');
  await screenshot(page, 'organisation-settings');
  expect(await pane.getByRole('tab', { name: 'Paramètres' }).getAttribute('aria-selected')).toBe('true');
});
