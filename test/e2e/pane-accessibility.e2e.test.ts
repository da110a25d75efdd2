/**
 * axe-core finds nothing in any state of the task pane: the outcome card, the data unfolded, a draft
 * made, an error with its retry, the reply tab for each reading and for a colleague's mail, the log
 * and settings tabs; in the light theme, the dark one and forced colours (Windows high contrast).
 */
import { afterEach, test } from 'vitest';
import { sampleThread } from '../../examples/mailbox/sample-mailbox';
import type { SampleStage } from '../../examples/mailbox/mailbox-types';
import { expectNoAxeViolations } from './support/pane-checks';
import { expectText, mailbox, openMessage, openPlayground, type Playground } from './support/playground';

let playground: Playground | undefined;
afterEach(async () => playground?.close());

/** The sample replies, one for each reading the reply tab names its button after. */
const replies: [SampleStage, string][] = [
  ['late-10-days', 'Enregistrer la promesse'],
  ['paid', 'Noter le paiement annoncé'],
  ['disputed', 'Enregistrer le litige'],
  ['missing-documents', 'Renvoyer les documents'],
  ['payment-plan', 'Étudier l’échéancier'],
  ['due-tomorrow', 'Relancer à son retour'],
];

/** The states of the Relance tab on an invoice: the card, the data unfolded, the draft made. */
async function invoiceStates(theme: string): Promise<void> {
  const { page, pane } = playground!;
  await openMessage(page, 'sent', sampleThread(mailbox, 'due-in-a-week').invoiceNumber);
  await pane.getByRole('button', { name: 'Créer le brouillon' }).waitFor();
  await expectNoAxeViolations(page, `${theme}: invoice outcome card`);
  await pane.getByRole('button', { name: 'Vérifier les données' }).click();
  await pane.getByLabel('Numéro de facture').waitFor();
  await expectNoAxeViolations(page, `${theme}: form unfolded`);
  await pane.getByRole('button', { name: 'Créer le brouillon' }).click();
  await expectText(pane.getByRole('status'), 'Le brouillon est ouvert');
  await expectNoAxeViolations(page, `${theme}: draft created`);
  await openMessage(page, 'sent', sampleThread(mailbox, 'no-due-date').invoiceNumber);
  await pane.locator('#verify-summary').waitFor();
  await expectNoAxeViolations(page, `${theme}: data missing, summary shown`);
}

async function replyStates(theme: string): Promise<void> {
  const { page, pane } = playground!;
  for (const [stage, button] of replies) {
    await openMessage(page, 'inbox', sampleThread(mailbox, stage).invoiceNumber);
    await pane.getByRole('button', { name: button }).waitFor();
    await expectNoAxeViolations(page, `${theme}: reply tab, ${button}`);
  }
  await openMessage(page, 'inbox', sampleThread(mailbox, 'late-45-days').invoiceNumber);
  await expectText(pane.getByRole('tabpanel'), 'ne s’engage à rien');
  await expectNoAxeViolations(page, `${theme}: reply tab, no commitment`);
  await openMessage(page, 'inbox', 'Point équipe vendredi');
  await expectText(pane.getByRole('tabpanel'), 'collègue');
  await expectNoAxeViolations(page, `${theme}: a colleague's mail`);
}

async function otherTabs(theme: string): Promise<void> {
  const { page, pane } = playground!;
  await pane.getByRole('tab', { name: 'Journal' }).click();
  await pane.getByRole('tabpanel', { name: 'Journal' }).waitFor();
  await expectNoAxeViolations(page, `${theme}: log tab`);
  await pane.getByRole('tab', { name: 'Paramètres' }).click();
  await pane.getByRole('tabpanel', { name: 'Paramètres' }).waitFor();
  await expectNoAxeViolations(page, `${theme}: settings tab`);
}

test('light theme: no axe violation on the invoice, the replies, the log and the settings', async () => {
  playground = await openPlayground();
  await invoiceStates('light');
  await replyStates('light');
  await otherTabs('light');
});

test('light and dark themes: no axe violation when a draft fails and the pane offers to retry', async () => {
  playground = await openPlayground({ fail: 'displayReplyAllFormAsync' });
  const { page, pane } = playground;
  await openMessage(page, 'sent', sampleThread(mailbox, 'late-10-days').invoiceNumber);
  await pane.getByRole('button', { name: 'Créer le brouillon' }).click();
  await expectText(pane.getByRole('alert'), 'Aucun brouillon n’a été créé');
  await pane.getByRole('alert').getByRole('button', { name: 'Réessayer' }).waitFor();
  await expectNoAxeViolations(page, 'light: error with retry');
  await page.emulateMedia({ colorScheme: 'dark' });
  await expectNoAxeViolations(page, 'dark: error with retry');
});

test('dark theme: no axe violation (contrast included) on the invoice, the replies and the other tabs', async () => {
  playground = await openPlayground();
  await playground.page.emulateMedia({ colorScheme: 'dark' });
  await invoiceStates('dark');
  await replyStates('dark');
  await otherTabs('dark');
});

test('forced colours (high contrast): no axe violation on the invoice and a reply', async () => {
  playground = await openPlayground();
  await playground.page.emulateMedia({ forcedColors: 'active' });
  await invoiceStates('forced colours');
  const { page, pane } = playground;
  await openMessage(page, 'inbox', sampleThread(mailbox, 'late-10-days').invoiceNumber);
  await pane.getByRole('button', { name: 'Enregistrer la promesse' }).waitFor();
  await expectNoAxeViolations(page, 'forced colours: reply tab');
});
