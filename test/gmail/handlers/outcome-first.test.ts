import { afterEach, describe, expect, it, vi } from 'vitest';
import { emptyInvoiceForm, type ReplyReading } from '../../../src/core';
import { replyCard } from '../../../src/gmail/cards/reply-card';
import { createUi } from '../../../src/gmail/cards/ui';
import { handlers } from '../../../src/gmail/entry-points';
import { click } from '../fakes/click';
import { type Built, fakeCardService, findAll, shownCard, textOf } from '../fakes/fake-card-service';
import { addonEvent } from '../fakes/fake-events';
import { clientEmail, fakeHost, userEmail } from '../fakes/fake-host';
import { fieldsOf, followInvoice, storedLedger } from '../fakes/follow-invoice';
import { readClientReply } from '../../../src/gmail/mail-readers';

// The reader's model decides which wordings read as unsure, and retraining moves them: the card's
// behaviour on an unsure reading is tested on a reading given as such, the real reader elsewhere.
vi.mock('../../../src/gmail/mail-readers', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../../src/gmail/mail-readers')>();
  return { ...original, readClientReply: vi.fn(original.readClientReply) };
});
afterEach(() => vi.mocked(readClientReply).mockRestore?.());

type Section = Built & { widgets: Built[]; header?: string; collapsible?: boolean; numUncollapsibleWidgets?: number };

const sectionsOf = (card: unknown) => (card as { sections: Section[] }).sections;
const buttonTexts = (value: unknown) => findAll(value, 'TextButton').map((found) => found.text);

function open(messageId: string, options: { locale?: string; now?: string; followed?: boolean } = {}) {
  const host = fakeHost({ now: options.now ?? '2026-03-24T10:00:00Z' });
  if (options.followed !== false) followInvoice(host);
  return { host, card: (handlers.onGmailMessageOpen(host, addonEvent({ messageId, locale: options.locale ?? 'fr' })) as unknown[])[0] };
}

function addReply(host: ReturnType<typeof fakeHost>, id: string, body: string) {
  host.mail.addMessage({ id, threadId: 'thread-1', subject: 'RE: Facture F-2026-0142', body: `${body}\n\n> Facture F-2026-0142`, from: `Claire Durand <${clientEmail}>`, to: `Sophie Martin <${userEmail}>`, date: new Date('2026-04-02T08:15:00Z') });
}

describe('the card on an invoice mail, outcome first', () => {
  it('opens on the step, the invoice, the amount, the days late and why, with its two actions', () => {
    const { card } = open('msg-invoice');
    const [first] = sectionsOf(card);
    const text = textOf(first);
    expect(text).toContain('Première relance');
    expect(text).toMatch(/F-2026-0142 · Boulangeries Durand SAS · 4\s860,00\s€/);
    expect(text).toContain('8\u00a0jours de retard');
    expect(buttonTexts(first)).toEqual(['Créer le brouillon', 'Marquer pour suivi']);
  });

  it('folds the data under "Vérifier les données", after the proposal and its preview', () => {
    const { card } = open('msg-invoice');
    const sections = sectionsOf(card);
    const data = sections.find((section) => section.header === 'Vérifier les données');
    expect(data).toMatchObject({ collapsible: true, numUncollapsibleWidgets: 0 });
    expect(sections.indexOf(data!)).toBeGreaterThan(sections.findIndex((section) => section.header === 'Aperçu'));
    expect(findAll(data, 'TextInput').map((found) => found.fieldName)).toContain('number');
  });

  it('opens the data by itself, with a summary of what is missing, when no proposal can be made', () => {
    const { host, card } = open('msg-invoice');
    const response = handlers.onPreview(host, addonEvent({ messageId: 'msg-invoice', ...fieldsOf(card, { dueDate: '', amount: '' }) }));
    const sections = sectionsOf(shownCard(response));
    expect(textOf(sections[0])).toMatch(/il manque\u00a0: .*date d’échéance.*montant TTC/);
    expect(buttonTexts(sections[0])).toEqual([]);
    const data = sections.find((section) => section.header === 'Vérifier les données');
    expect(data?.collapsible).toBeUndefined();
  });

  it('says "échéance demain" the day before the due date, and reads in English too', () => {
    expect(textOf(sectionsOf(open('msg-invoice', { now: '2026-03-15T10:00:00Z' }).card)[0])).toContain('échéance demain');
    const { card } = open('msg-invoice', { locale: 'en' });
    expect(textOf(sectionsOf(card)[0])).toContain('8 days late');
    expect(sectionsOf(card).some((section) => section.header === 'Check the data')).toBe(true);
  });
});

describe("the card on a client's reply, one button named by the reading", () => {
  const cases: [string, string, string][] = [
    ['a dispute', "Nous contestons cette facture : la prestation n'est pas conforme au devis.", 'Enregistrer le litige'],
    ['missing documents', 'Pouvez-vous nous renvoyer la facture ? Nous ne la trouvons pas.', 'Renvoyer les documents'],
    ['a payment plan', 'Nous pourrions payer en deux fois, le 10 et le 30 avril.', 'Étudier l’échéancier'],
    ['a payment announced', 'Le virement a été effectué hier, vous devriez le recevoir sous peu.', 'Noter le paiement annoncé'],
  ];
  it.each(cases)('names the button after %s', (_name, body, expected) => {
    const { host } = open('msg-invoice', { now: '2026-04-02T10:00:00Z' });
    addReply(host, 'msg-other', body);
    const card = (handlers.onGmailMessageOpen(host, addonEvent({ messageId: 'msg-other' })) as unknown[])[0];
    expect(buttonTexts(sectionsOf(card)[0])).toEqual([expected]);
  });

  it('offers no confirm button for a reply that surely commits to nothing', () => {
    const reading: ReplyReading = { intent: 'no-commitment', invoiceNumbers: ['F-2026-0142'], evidence: '', language: 'fr', confidence: 0.99, alternative: { intent: 'paid' } };
    const card = replyCard(createUi(fakeCardService(), 'fr'), { reading, form: emptyInvoiceForm });
    expect(textOf(card)).toContain('Pas de date ni de montant');
    expect(buttonTexts(sectionsOf(card)[0])).toEqual([]);
  });

  it('offers both readings when the reader is unsure, and logs the one the user presses', () => {
    const { host } = open('msg-invoice', { now: '2026-04-02T10:00:00Z' });
    const text = 'Bonjour, il me semble que la facture a été réglée, mais je vérifie avec la comptabilité.';
    addReply(host, 'msg-unsure', text);
    const unsure: ReplyReading = { intent: 'paid', invoiceNumbers: ['F-2026-0142'], evidence: text, language: 'fr', confidence: 0.52, alternative: { intent: 'no-commitment' } };
    vi.mocked(readClientReply).mockReturnValue(unsure);
    const card = (handlers.onGmailMessageOpen(host, addonEvent({ messageId: 'msg-unsure' })) as unknown[])[0];
    expect(textOf(card)).toContain('Relance hésite entre deux lectures');
    expect(buttonTexts(sectionsOf(card)[0])).toEqual(['Noter le paiement annoncé', 'Noter la réponse, sans engagement']);
    const response = click(host, card, 'Noter la réponse, sans engagement', { messageId: 'msg-unsure', ...fieldsOf(card) });
    expect(textOf(shownCard(response))).toContain('Réponse du client notée.');
    const events = storedLedger(host).entries[0]?.events ?? [];
    expect(events).toContainEqual(expect.objectContaining({ kind: 'replied', messageId: 'msg-unsure' }));
    expect(events.map((event) => event.kind)).not.toContain('payment-announced');
  });

  it('says a reply already recorded is, and when, once reopened', () => {
    const { host } = open('msg-invoice', { now: '2026-04-02T10:00:00Z' });
    const first = (handlers.onGmailMessageOpen(host, addonEvent({ messageId: 'msg-reply' })) as unknown[])[0];
    expect(textOf(first)).not.toContain('déjà enregistrée');
    click(host, first, 'Enregistrer la promesse', { messageId: 'msg-reply', ...fieldsOf(first) });
    const again = (handlers.onGmailMessageOpen(host, addonEvent({ messageId: 'msg-reply' })) as unknown[])[0];
    expect(textOf(again)).toContain('Promesse déjà enregistrée le 2 avril 2026 (paiement attendu le 10 avril 2026)');
  });

  it('says a dispute already recorded is, with the day the reply came', () => {
    const { host } = open('msg-invoice', { now: '2026-04-02T10:00:00Z' });
    addReply(host, 'msg-dispute', "Nous contestons cette facture : la prestation n'est pas conforme au devis.");
    const first = (handlers.onGmailMessageOpen(host, addonEvent({ messageId: 'msg-dispute' })) as unknown[])[0];
    click(host, first, 'Enregistrer le litige', { messageId: 'msg-dispute', ...fieldsOf(first) });
    const again = (handlers.onGmailMessageOpen(host, addonEvent({ messageId: 'msg-dispute' })) as unknown[])[0];
    expect(textOf(again)).toContain('Réponse déjà enregistrée au journal («\u00a0Litige');
    expect(textOf(again)).toContain('reçue le 2 avril 2026');
  });

  it('names the invoice a reply is about before its button, even before the invoice is followed', () => {
    const { card } = open('msg-reply', { now: '2026-04-02T10:00:00Z', followed: false });
    const [first] = sectionsOf(card);
    expect(textOf(first)).toContain('Facture concernée\nF-2026-0142');
    expect(buttonTexts(first)).toEqual(['Enregistrer la promesse']);
    expect(sectionsOf(card).find((section) => section.header === 'Vérifier les données')).toMatchObject({ collapsible: true });
  });

  it('names the buttons in English for an English Gmail', () => {
    const { host } = open('msg-invoice', { now: '2026-04-02T10:00:00Z' });
    const card = (handlers.onGmailMessageOpen(host, addonEvent({ messageId: 'msg-reply', locale: 'en' })) as unknown[])[0];
    expect(buttonTexts(sectionsOf(card)[0])).toEqual(['Record the promise']);
  });
});
