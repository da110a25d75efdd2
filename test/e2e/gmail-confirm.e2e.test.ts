/** The simulated Gmail: a client's reply read, its promise recorded by the button named after it, and the answer drafted in the thread. */
import { afterEach, expect, test } from 'vitest';
import { formatDate } from '../../src/core';
import { sampleThread } from '../../examples/mailbox/sample-mailbox';
import { mailbox } from './support/playground';
import { axeViolations, cardButton, expectShows, type GmailPage, gmailState, openGmail, openMail, panelScreenshot, pressWithKeyboard, tabTo } from './support/gmail-playground';

let gmail: GmailPage | undefined;
afterEach(async () => gmail?.close());

test("records the promise of a client's reply, then drafts the answer as a reply in its thread", async () => {
  gmail = await openGmail();
  const { page, addOn } = gmail;
  const thread = sampleThread(mailbox, 'late-10-days');
  const promised = thread.reply?.date;
  if (!promised) throw new Error('the sample thread has no promise');
  expect(await axeViolations(page)).toEqual([]);

  await openMail(page, 'inbox', thread.invoiceNumber);
  await expectShows(addOn, 'Réponse du client', 'Promesse de paiement', 'Le virement de 2 340,00');
  expect(await addOn.getByLabel('Date promise').inputValue()).toBe(promised);
  expect(await axeViolations(page)).toEqual([]);
  await panelScreenshot(addOn, 'gmail-reply-card');

  await cardButton(addOn, 'Enregistrer la promesse').click();
  await expectShows(addOn, `Promesse de paiement enregistrée pour le ${formatDate(promised, 'fr')}`, 'Réponse proposée');
  await expectShows(addOn.getByRole('status'), 'Réponse enregistrée dans le journal.');
  const state = await gmailState(page);
  const reply = state.messages.find((message) => message.subject.startsWith('RE : ') && message.subject.includes(thread.invoiceNumber));
  expect(reply).toBeDefined();
  expect(state.labels[reply!.threadId]).toEqual(['Relance/Promesse']);
  expect(await axeViolations(page)).toEqual([]);

  await cardButton(addOn, 'Créer la réponse').click();
  await expectShows(addOn, 'Étape consignée');
  await cardButton(addOn, 'Ouvrir le brouillon').click();
  await page.locator('form.gdraft').waitFor();
  const drafts = (await gmailState(page)).drafts;
  const answer = drafts.find((draft) => draft.threadId === reply!.threadId);
  expect(answer?.to).toContain('helene.vidal@fromagerie-vidal.fr');
  // The letter keeps its no-break spaces: compared as the reader sees it.
  const spaced = (text: string | undefined) => (text ?? '').replace(/[\u00a0\u202f]/g, ' ');
  expect(spaced(answer?.body)).toContain(`au plus tard le ${formatDate(promised, 'fr')}`);
  expect(spaced(await page.locator('form.gdraft textarea').inputValue())).toContain(formatDate(promised, 'fr'));
  expect(await axeViolations(page)).toEqual([]);

  // The promise log, from the add-on's home: the promise is there, pending.
  await addOn.getByRole('button', { name: 'Accueil de Relance' }).click();
  await expectShows(addOn, 'Promesses de paiement', thread.invoiceNumber, 'en attente');
  expect(await axeViolations(page)).toEqual([]);

  // Reopened, the reply says it is already recorded, and when.
  await openMail(page, 'inbox', thread.invoiceNumber);
  await expectShows(addOn, `Promesse déjà enregistrée le ${formatDate(mailbox.today, 'fr')}`);
});

test('shows the outcome and its action without scrolling in a 350 × 700 window, the data folded below', async () => {
  gmail = await openGmail({ height: 700 });
  const { page, addOn } = gmail;
  const thread = sampleThread(mailbox, 'late-10-days');
  await openMail(page, 'inbox', thread.invoiceNumber);
  const confirm = cardButton(addOn, 'Enregistrer la promesse');
  await confirm.waitFor();
  const box = await confirm.boundingBox();
  expect(box && box.y + box.height).toBeLessThanOrEqual(700);
  expect(await addOn.getByRole('button', { name: 'Afficher plus' }).getAttribute('aria-expanded')).toBe('false');
  expect(await addOn.boundingBox()).toMatchObject({ width: 350 });
});

test('completes the confirm flow with the keyboard alone, focus following each result', async () => {
  gmail = await openGmail();
  const { page, addOn } = gmail;
  const thread = sampleThread(mailbox, 'late-10-days');
  await tabTo(page, new RegExp(`RE : Facture ${thread.invoiceNumber}`));
  await page.keyboard.press('Enter');
  await expectShows(addOn, 'Promesse de paiement');
  await pressWithKeyboard(page, addOn, 'Enregistrer la promesse', 'Réponse enregistrée');
  await pressWithKeyboard(page, addOn, 'Créer la réponse', 'Étape consignée');
  await tabTo(page, 'Ouvrir le brouillon');
  await page.keyboard.press('Enter');
  await page.locator('form.gdraft').waitFor();
  expect((await gmailState(page)).drafts.some((draft) => draft.to.includes('helene.vidal@fromagerie-vidal.fr'))).toBe(true);
});
