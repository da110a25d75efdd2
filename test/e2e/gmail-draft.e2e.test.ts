/** The simulated Gmail: an invoice mail's card, outcome first; "Créer le brouillon" opens the reminder, "Marquer pour suivi" labels and stars the thread. */
import { afterEach, expect, test } from 'vitest';
import { sampleThread } from '../../examples/mailbox/sample-mailbox';
import { mailbox } from './support/playground';
import { axeViolations, cardButton, expectShows, type GmailPage, gmailState, openGmail, openMail, panelScreenshot, pressWithKeyboard, tabTo } from './support/gmail-playground';

let gmail: GmailPage | undefined;
afterEach(async () => gmail?.close());

test('drafts the reminder of a late invoice from its mail, then flags the thread for follow-up', async () => {
  gmail = await openGmail({ height: 700 });
  const { page, addOn } = gmail;
  const thread = sampleThread(mailbox, 'late-45-days');
  await openMail(page, 'sent', thread.invoiceNumber);
  await expectShows(addOn, 'Plan de relance', thread.invoiceNumber, '45\u00a0jours de retard');
  const create = cardButton(addOn, 'Créer le brouillon');
  const box = await create.boundingBox();
  expect(box && box.y + box.height).toBeLessThanOrEqual(700);
  expect(await axeViolations(page)).toEqual([]);
  await panelScreenshot(addOn, 'gmail-invoice-card-350');

  // The data, folded: opened, it shows the invoice as read from the mail.
  await addOn.getByRole('button', { name: 'Afficher plus' }).click();
  expect(await addOn.getByLabel('Numéro de facture').inputValue()).toBe(thread.invoiceNumber);
  expect(await axeViolations(page)).toEqual([]);

  const before = (await gmailState(page)).drafts.length;
  await create.click();
  await expectShows(addOn, 'Étape consignée');
  expect(await axeViolations(page)).toEqual([]);
  await cardButton(addOn, 'Ouvrir le brouillon').click();
  await page.locator('form.gdraft').waitFor();
  const state = await gmailState(page);
  expect(state.drafts).toHaveLength(before + 1);
  const draft = state.drafts[state.drafts.length - 1];
  expect(draft?.to).toContain('m.garnier@transports-garnier.fr');
  expect(draft?.subject).toContain(thread.invoiceNumber);
  expect(await page.locator('.glist li').filter({ hasText: thread.invoiceNumber }).count()).toBeGreaterThan(0);

  await openMail(page, 'sent', thread.invoiceNumber);
  await cardButton(addOn, 'Marquer pour suivi').click();
  await expectShows(addOn.getByRole('status'), 'Relance/À suivre');
  const flagged = await gmailState(page);
  const invoiceMail = flagged.messages.find((message) => message.subject.startsWith('Facture') && message.subject.includes(thread.invoiceNumber));
  expect(flagged.labels[invoiceMail!.threadId]).toContain('Relance/À suivre');
  expect(flagged.starred).toContain(invoiceMail!.id);
  await expectShows(page.locator('.glist li').filter({ hasText: thread.invoiceNumber }).first(), 'Relance/À suivre');
  expect(await axeViolations(page)).toEqual([]);
});

test('opens the compose trigger on a draft, and the settings from the menu, each with zero axe violations', async () => {
  gmail = await openGmail();
  const { page, addOn } = gmail;
  await openMail(page, 'drafts', 'Devis refonte');
  await expectShows(addOn, 'Insérer une relance');
  expect(await axeViolations(page)).toEqual([]);
  await addOn.getByRole('button', { name: 'Paramètres' }).click();
  await addOn.locator('.gcard').waitFor();
  expect(await axeViolations(page)).toEqual([]);
  await openMail(page, 'inbox', 'Réponse automatique');
  await expectShows(addOn, sampleThread(mailbox, 'due-tomorrow').invoiceNumber);
  expect(await axeViolations(page)).toEqual([]);
});

test('completes the draft flow with the keyboard alone', async () => {
  gmail = await openGmail();
  const { page, addOn } = gmail;
  const thread = sampleThread(mailbox, 'late-45-days');
  await tabTo(page, 'Messages envoyés');
  await page.keyboard.press('Enter');
  await tabTo(page, new RegExp(`^[^\\n]*\\n?Facture ${thread.invoiceNumber}`));
  await page.keyboard.press('Enter');
  await expectShows(addOn, '45\u00a0jours de retard');
  await pressWithKeyboard(page, addOn, 'Créer le brouillon', 'Étape consignée');
  await tabTo(page, 'Ouvrir le brouillon');
  await page.keyboard.press('Enter');
  await page.locator('form.gdraft').waitFor();
  expect((await gmailState(page)).drafts.some((draft) => draft.subject.includes(thread.invoiceNumber))).toBe(true);
});

test('opens the data by itself, with what is missing named first, on an invoice sent without a due date', async () => {
  gmail = await openGmail();
  const { page, addOn } = gmail;
  const thread = sampleThread(mailbox, 'no-due-date');
  await openMail(page, 'sent', thread.invoiceNumber);
  await expectShows(addOn.locator('.gsection').first(), /il manque\u00a0: .*date d’échéance/);
  expect(await addOn.getByRole('button', { name: 'Afficher plus' }).count()).toBe(0);
  expect(await addOn.getByRole('button', { name: 'Créer le brouillon' }).count()).toBe(0);
  expect(await axeViolations(page)).toEqual([]);
});

test('speaks English in an English Gmail, with zero axe violations', async () => {
  gmail = await openGmail({ query: { lang: 'en' } });
  const { page, addOn } = gmail;
  await openMail(page, 'inbox', sampleThread(mailbox, 'late-10-days').invoiceNumber);
  await cardButton(addOn, 'Record the promise').waitFor();
  expect(await axeViolations(page)).toEqual([]);
  await openMail(page, 'sent', sampleThread(mailbox, 'late-45-days').invoiceNumber);
  await expectShows(addOn, '45 days late', 'Check the data');
  expect(await axeViolations(page)).toEqual([]);
});
