// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { MailboxError, type MailMessage, type RelanceSettings } from '../../../src/core';
import { App, type AppProps } from '../../../src/outlook/pane/App';
import { durand, durandInvoice, lumen } from '../../../examples/sample-data';
import { fakeOperations } from '../fakes/fake-operations';
import { sampleEntry, sampleReply } from '../fakes/sample-entry';

afterEach(cleanup);

const settings: RelanceSettings = { sender: lumen, userEmail: lumen.email! };
const invoiceMessage: MailMessage = {
  id: 'AAMkInvoice=',
  threadId: 'AAQkThread=',
  subject: 'Facture F-2026-0142',
  body: 'Bonjour, veuillez trouver la facture F-2026-0142.',
  from: { email: lumen.email!, name: lumen.name },
  to: [{ email: durand.contact.email, name: 'Claire Durand' }],
  cc: [],
  receivedOn: '2026-02-14',
  attachmentNames: ['F-2026-0142.pdf'],
};
const known = { version: 1 as const, entries: [sampleEntry] };

function renderApp(ops: AppProps['ops'], overrides: Partial<AppProps> = {}) {
  return render(<App ops={ops} settings={settings} language="fr" today="2026-03-23" view="remind" compose={false} {...overrides} />);
}

describe('task pane: was the reminder sent?', () => {
  const drafted = { version: 1 as const, entries: [{ ...sampleEntry, history: { sent: [] }, events: [{ kind: 'drafted' as const, on: '2026-03-16', step: 'overdue-1' as const }] }] };

  it('without Graph, asks "Envoyée ?" for a drafted reminder, and logs it as sent on its day when the user says so', async () => {
    const ops = fakeOperations({ message: invoiceMessage, ledger: drafted });
    renderApp(ops);
    await screen.findByRole('button', { name: 'Créer le brouillon' });
    expect(await screen.findByText(/^Envoyée\s\? La première relance préparée le 16\smars\s2026 est-elle partie/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Oui, elle est envoyée' }));
    expect(await screen.findByText(/^Première relance notée comme envoyée le 16\smars\s2026\.$/)).toBeTruthy();
    expect(ops.calls.confirmSent).toEqual([{ step: 'overdue-1', on: '2026-03-16' }]);
    expect(ops.calls.noteSent).toEqual([]);
  });

  it('with Graph, looks at the sent items instead of asking', async () => {
    const ops = fakeOperations({ message: invoiceMessage, ledger: drafted, seesSentItems: true });
    renderApp(ops);
    await screen.findByRole('button', { name: 'Créer le brouillon' });
    await waitFor(() => expect(ops.calls.noteSent).toHaveLength(1));
    expect(screen.queryByText(/Envoyée\s\?/)).toBeNull();
  });
});

describe('task pane: reminder', () => {
  it('shows the invoice facts, the plan and the reminder for an overdue invoice', async () => {
    renderApp(fakeOperations({ message: invoiceMessage, ledger: known }));
    expect(await screen.findByDisplayValue('F-2026-0142')).toBeTruthy();
    expect(screen.getByDisplayValue('2026-03-16')).toBeTruthy();
    expect(screen.getByText(/À envoyer maintenant/)).toBeTruthy();
    expect(screen.getByRole('region', { name: 'Aperçu' }).textContent).toContain('Madame Durand');
  });

  it('shows each field error next to its field, in the user language', async () => {
    renderApp(fakeOperations({ message: invoiceMessage, ledger: known }), { language: 'en' });
    const amount = await screen.findByLabelText(/^Amount$/);
    fireEvent.input(amount, { target: { value: 'four thousand' } });
    await waitFor(() => expect(amount.getAttribute('aria-invalid')).toBe('true'));
    expect(screen.getByText('amount: not a valid number')).toBeTruthy();
    expect(screen.getByLabelText(/^Due date/).getAttribute('aria-invalid')).toBe('false');
    expect(screen.queryByRole('button', { name: 'Create draft' })).toBeNull();
  });

  it('takes a dated part payment: the reminder states the balance and the draft logs the payment', async () => {
    const ops = fakeOperations({ message: invoiceMessage, ledger: known });
    renderApp(ops);
    fireEvent.click(await screen.findByRole('button', { name: 'Vérifier les données' }));
    fireEvent.click(screen.getByRole('button', { name: 'Ajouter un acompte' }));
    fireEvent.input(screen.getByLabelText("Date de l'acompte 1"), { target: { value: '2026-03-20' } });
    fireEvent.input(screen.getByLabelText("Montant de l'acompte 1"), { target: { value: '860,00' } });
    await waitFor(() => expect(screen.getByRole('region', { name: 'Aperçu' }).textContent).toMatch(/860,00\u00a0€/));
    expect(screen.getByRole('region', { name: 'Aperçu' }).textContent).toMatch(/4\u00a0000,00\u00a0€/);
    expect(screen.getByLabelText(/^Reste à payer/).getAttribute('placeholder')).toBe('4\u00a0000,00\u00a0€');
    fireEvent.click(screen.getByRole('button', { name: 'Créer le brouillon' }));
    await waitFor(() => expect(ops.calls.createDraft).toHaveLength(1));
    const { entry } = ops.calls.createDraft[0] as { entry: { history: { partialPayments?: unknown } } };
    expect(entry.history.partialPayments).toEqual([{ on: '2026-03-20', amount: { value: 860, currency: 'EUR' } }]);
  });

  it('refuses a part payment dated after today next to that line, and offers no draft until it is removed', async () => {
    renderApp(fakeOperations({ message: invoiceMessage, ledger: known }), { language: 'en' });
    fireEvent.click(await screen.findByRole('button', { name: 'Check the details' }));
    fireEvent.click(screen.getByRole('button', { name: 'Add a part payment' }));
    const date = screen.getByLabelText('Date of part payment 1');
    fireEvent.input(date, { target: { value: '2026-03-30' } });
    fireEvent.input(screen.getByLabelText('Amount of part payment 1'), { target: { value: '100' } });
    await waitFor(() => expect(date.getAttribute('aria-invalid')).toBe('true'));
    expect(screen.getByText('date of part payment 1: cannot be later than today')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Create draft' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Remove part payment 1' }));
    expect(await screen.findByRole('button', { name: 'Create draft' })).toBeTruthy();
  });

  it('shows the call script for the user and offers to copy it, never a draft to the client', async () => {
    const calledFor = { ...sampleEntry, history: { sent: [{ step: 'overdue-1' as const, on: '2026-03-23' }, { step: 'overdue-2' as const, on: '2026-03-31' }] } };
    const ops = fakeOperations({ message: invoiceMessage, ledger: { version: 1 as const, entries: [calledFor] } });
    renderApp(ops, { today: '2026-04-15' });
    await waitFor(() => expect(screen.getByRole('region', { name: 'Aperçu' }).textContent).toContain("Script d'appel"));
    expect(screen.queryByRole('button', { name: 'Créer le brouillon' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Copier le script' }));
    await waitFor(() => expect(screen.getByText(/Le script est copié/)).toBeTruthy());
    expect(ops.calls.copies[0]).toContain("Script d'appel");
    expect(ops.calls.createDraft).toHaveLength(0);
  });

  it('creates the draft and says both that it is open and that the step is logged', async () => {
    const ops = fakeOperations({ message: invoiceMessage, ledger: known });
    renderApp(ops);
    fireEvent.click(await screen.findByRole('button', { name: 'Créer le brouillon' }));
    expect(await screen.findByText(/ouvert en réponse à tous/)).toBeTruthy();
    expect(screen.getByText(/notée dans le journal/)).toBeTruthy();
    expect(ops.calls.createDraft).toHaveLength(1);
  });

  it('says why no draft was made when the step could not be logged, and lets the user try again', async () => {
    const ops = fakeOperations({ message: invoiceMessage, ledger: known, draftError: new MailboxError('offline') });
    renderApp(ops);
    fireEvent.click(await screen.findByRole('button', { name: 'Créer le brouillon' }));
    expect((await screen.findByRole('alert')).textContent).toContain('Pas de connexion réseau');
    expect(screen.queryByText(/notée dans le journal/)).toBeNull();
    expect(screen.getByRole('button', { name: 'Créer le brouillon' }).hasAttribute('disabled')).toBe(false);
  });

  it('shows a Graph throttling failure with the wait, in French', async () => {
    const ops = fakeOperations({ message: invoiceMessage, ledger: known, draftError: new MailboxError('throttled', 'graph 429', 30) });
    renderApp(ops);
    fireEvent.click(await screen.findByRole('button', { name: 'Créer le brouillon' }));
    expect((await screen.findByRole('alert')).textContent).toContain('patienter avant de réessayer. (30\u00a0s)');
  });

  it('flags for follow-up and tells the admin step when Graph is not configured', async () => {
    const ops = fakeOperations({ message: invoiceMessage, ledger: known, flag: { flag: { mode: 'category', hint: 'graph-not-configured' } } });
    renderApp(ops, { language: 'en' });
    fireEvent.click(await screen.findByRole('button', { name: 'Flag for follow-up' }));
    expect(await screen.findByText(/"Relance" category applied/)).toBeTruthy();
    expect(screen.getByText(/graph.clientId/)).toBeTruthy();
  });

  it('offers "Se connecter" when the silent sign-in failed, and flags again once signed in', async () => {
    const ops = fakeOperations({
      message: invoiceMessage,
      ledger: known,
      signIn: 'signed-in',
      flag: [{ flag: { mode: 'category', hint: 'sign-in-required' } }, { flag: { mode: 'flag' } }],
    });
    renderApp(ops);
    fireEvent.click(await screen.findByRole('button', { name: 'Marquer pour suivi' }));
    expect(await screen.findByText(/connectez-vous à votre compte Microsoft/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Se connecter' }));
    expect(ops.calls.signIns).toBe(1);
    expect(await screen.findByText(/Message marqué pour suivi/)).toBeTruthy();
    expect(ops.calls.flag).toHaveLength(2);
    expect(screen.queryByRole('button', { name: 'Se connecter' })).toBeNull();
  });

  it('says the sign-in window was blocked instead of blaming the administrator', async () => {
    const ops = fakeOperations({ message: invoiceMessage, ledger: known, signIn: 'popup-blocked', flag: { flag: { mode: 'log-only', hint: 'sign-in-required' } } });
    renderApp(ops, { language: 'en' });
    fireEvent.click(await screen.findByRole('button', { name: 'Flag for follow-up' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Sign in' }));
    expect(await screen.findByText(/sign-in window was blocked/)).toBeTruthy();
    expect(screen.queryByText(/administrator must grant consent/)).toBeNull();
    expect(screen.getByRole('button', { name: 'Sign in' })).toBeTruthy();
  });

  it('on Outlook mobile, shows the plan and the preview and copies the reminder instead of drafting', async () => {
    const ops = fakeOperations({ message: invoiceMessage, ledger: known, flag: { flag: { mode: 'log-only', hint: 'mobile' } } });
    renderApp(ops, { mobile: true });
    fireEvent.click(await screen.findByRole('button', { name: 'Copier la relance' }));
    expect(screen.getByText(/À envoyer maintenant/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Créer le brouillon' })).toBeNull();
    await waitFor(() => expect(ops.calls.copies).toHaveLength(1));
    expect(ops.calls.copies[0]).toContain('Madame Durand');
    expect(ops.calls.createDraft).toHaveLength(0);
    expect(await screen.findByText(/Relance copiée/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Marquer pour suivi' }));
    expect(await screen.findByText(/Outlook sur mobile ne permet pas/)).toBeTruthy();
  });

  it('inserts into the open draft in compose mode', async () => {
    const ops = fakeOperations({ message: { ...invoiceMessage, id: '' }, ledger: known, draft: { draft: { mode: 'inserted', draftId: 'AAMkDraft=' } } });
    renderApp(ops, { compose: true });
    fireEvent.click(await screen.findByRole('button', { name: 'Insérer la relance' }));
    expect(await screen.findByText(/insérée dans votre message et le brouillon est enregistré/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Marquer pour suivi' })).toBeNull();
  });

  it('records a payment received: the reminders stop and the thank-you note is offered', async () => {
    const ops = fakeOperations({ message: invoiceMessage, ledger: known });
    renderApp(ops);
    fireEvent.input(await screen.findByLabelText('Date du paiement'), { target: { value: '2026-03-20' } });
    fireEvent.click(screen.getByRole('button', { name: 'Enregistrer le paiement' }));
    expect(await screen.findByText(/Paiement du 20 mars 2026 enregistré/)).toBeTruthy();
    expect(ops.calls.payments).toEqual([expect.objectContaining({ paidOn: '2026-03-20' })]);
    await waitFor(() => expect(screen.getByRole('region', { name: 'Aperçu' }).textContent).toMatch(/merci/i));
    expect(screen.queryByRole('button', { name: 'Enregistrer le paiement' })).toBeNull();
  });

  it('offers to retry when the message cannot be read', async () => {
    renderApp(fakeOperations({ message: invoiceMessage, readError: new MailboxError('item-not-found') }));
    expect((await screen.findByRole('alert')).textContent).toContain("Ce message n'est plus disponible.");
    expect(screen.getByRole('button', { name: 'Réessayer' })).toBeTruthy();
  });
});

describe('task pane: client reply', () => {
  const reading = { intent: 'promise' as const, date: '2026-03-31', invoiceNumbers: ['F-2026-0142'], evidence: 'le virement sera fait le 31 mars', language: 'fr' as const, confidence: 0.9 };

  it('shows the reading and logs the promise with the date the user corrected', async () => {
    const ops = fakeOperations({ message: sampleReply, ledger: known, reading });
    renderApp(ops, { view: 'reply' });
    expect(await screen.findByText('Promesse de paiement')).toBeTruthy();
    expect(screen.getByText('le virement sera fait le 31 mars')).toBeTruthy();
    fireEvent.input(screen.getByLabelText('Date promise'), { target: { value: '2026-04-02' } });
    fireEvent.click(screen.getByRole('button', { name: 'Enregistrer la promesse' }));
    expect(await screen.findByText(/paiement attendu le 2 avril 2026/)).toBeTruthy();
    expect(ops.calls.confirm).toEqual([{ date: '2026-04-02', intent: 'promise' }]);
  });

  it('when the reader is unsure, shows both readings and logs the one the user picks', async () => {
    const unsure = { ...reading, intent: 'no-commitment' as const, confidence: 0.55, alternative: { intent: 'promise' as const, date: '2026-03-31' } };
    const { date: _date, ...undated } = unsure;
    const ops = fakeOperations({ message: sampleReply, ledger: known, reading: undated });
    renderApp(ops, { view: 'reply' });
    expect(await screen.findByText(/^Lecture incertaine.: choisissez ce que dit le client\.$/)).toBeTruthy();
    fireEvent.click(screen.getByRole('radio', { name: /Promesse de paiement/ }));
    expect((screen.getByLabelText('Date promise') as HTMLInputElement).value).toBe('2026-03-31');
    fireEvent.click(screen.getByRole('button', { name: 'Enregistrer la promesse' }));
    await waitFor(() => expect(ops.calls.confirm).toEqual([{ date: '2026-03-31', intent: 'promise' }]));
  });

  it('offers the acknowledgement as a draft once the promise is confirmed', async () => {
    const ops = fakeOperations({ message: sampleReply, ledger: known, reading });
    renderApp(ops, { view: 'reply' });
    fireEvent.click(await screen.findByRole('button', { name: 'Enregistrer la promesse' }));
    const answer = await screen.findByRole('region', { name: 'Réponse proposée' });
    expect(answer.textContent).toContain('F-2026-0142');
    fireEvent.click(screen.getByRole('button', { name: 'Préparer la réponse' }));
    await waitFor(() => expect(ops.calls.createDraft).toHaveLength(1));
  });

  it("writes the answer with the organisation's templates, not the built-in ones", async () => {
    // An organisation catalog without the acknowledgement: the built-in one must not be used instead.
    const ops = fakeOperations({ message: sampleReply, ledger: known, reading });
    renderApp(ops, { view: 'reply', settings: { ...settings, catalog: {} } });
    fireEvent.click(await screen.findByRole('button', { name: 'Enregistrer la promesse' }));
    const answer = await screen.findByRole('region', { name: 'Réponse proposée' });
    expect(answer.textContent).not.toContain('F-2026-0142');
    expect(screen.getByRole('button', { name: 'Préparer la réponse' }).hasAttribute('disabled')).toBe(true);
  });

  it('shows why the promise could not be confirmed and offers no answer yet', async () => {
    renderApp(fakeOperations({ message: sampleReply, ledger: known, reading, confirmError: new MailboxError('item-not-found') }), { view: 'reply' });
    fireEvent.click(await screen.findByRole('button', { name: 'Enregistrer la promesse' }));
    expect((await screen.findByRole('alert')).textContent).toContain("Ce message n'est plus disponible.");
    expect(screen.queryByRole('region', { name: 'Réponse proposée' })).toBeNull();
  });

  it('says when a reply was already confirmed', async () => {
    const mark = { id: sampleReply.id, invoiceNumbers: ['F-2026-0142'], date: '2026-03-31', loggedOn: '2026-03-21', evidence: 'x' };
    renderApp(fakeOperations({ message: sampleReply, ledger: known, reading, mark }), { view: 'reply' });
    expect(await screen.findByText(/Promesse déjà enregistrée le 21 mars 2026/)).toBeTruthy();
  });
});

describe('task pane: log', () => {
  const withPromise = {
    version: 1 as const,
    entries: [{ ...sampleEntry, promises: [{ id: 'r1', invoiceNumbers: ['F-2026-0142'], date: '2026-03-10', loggedOn: '2026-03-01', evidence: 'le 10 mars' }] }],
  };

  it('shows every event of the log, and only payments when asked', async () => {
    const paid = { version: 1 as const, entries: [{ ...sampleEntry, history: { sent: [{ step: 'overdue-1' as const, on: '2026-03-16' }], disputedOn: '2026-03-18', paidOn: '2026-03-20' } }] };
    renderApp(fakeOperations({ message: invoiceMessage, ledger: paid }), { view: 'log', language: 'en' });
    expect(await screen.findByText(/Reminder sent · first reminder/)).toBeTruthy();
    expect(screen.getByText(/Dispute/)).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Show'), { target: { value: 'payments' } });
    expect(await screen.findByText(/Payment received/)).toBeTruthy();
    expect(screen.queryByText(/Reminder sent · first reminder/)).toBeNull();
    expect(screen.queryByText(/Dispute/)).toBeNull();
  });

  it('exports a client quote hiding a formula behind a no-break space as inert text', async () => {
    const hostile = { version: 1 as const, entries: [{ ...sampleEntry, promises: [{ ...withPromise.entries[0]!.promises[0]!, evidence: '\u00a0=HYPERLINK("http://evil")' }] }] };
    const ops = fakeOperations({ message: invoiceMessage, ledger: hostile });
    renderApp(ops, { view: 'log' });
    fireEvent.click(await screen.findByRole('button', { name: 'Exporter en CSV' }));
    expect(ops.calls.downloads[0]?.content).toContain(`"'\u00a0=HYPERLINK(""http://evil"")"`);
  });

  it('lists the promises with their status and exports every event as CSV', async () => {
    const ops = fakeOperations({ message: invoiceMessage, ledger: withPromise });
    renderApp(ops, { view: 'log', language: 'en' });
    const row = (await screen.findByText('Boulangeries Durand SAS', { selector: 'td' })).closest('tr');
    expect(row?.textContent).toContain('broken');
    expect(row?.textContent).toContain('€4,860.00');
    fireEvent.click(screen.getByRole('button', { name: 'Export as CSV' }));
    expect(ops.calls.downloads[0]?.fileName).toBe('relance-2026-03-23.csv');
    expect(ops.calls.downloads[0]?.content).toContain('"Payment promise"');
  });

  it('copies the log for a spreadsheet, and shows it to select by hand where the clipboard is refused', async () => {
    const copied = fakeOperations({ message: invoiceMessage, ledger: withPromise });
    renderApp(copied, { view: 'log' });
    fireEvent.click(await screen.findByRole('button', { name: 'Copier pour un tableur' }));
    expect(await screen.findByRole('status')).toHaveProperty('textContent', 'Journal copié\u00a0: collez-le dans Excel ou Google Sheets.');
    expect(copied.calls.copies[0]).toContain('Boulangeries Durand SAS');
    cleanup();

    const refused = fakeOperations({ message: invoiceMessage, ledger: withPromise, clipboard: false });
    renderApp(refused, { view: 'log', language: 'en' });
    fireEvent.click(await screen.findByRole('button', { name: 'Copy for a spreadsheet' }));
    const fallback = (await screen.findByLabelText(/Copying is blocked here/)) as HTMLTextAreaElement;
    // A textarea keeps line breaks as \n; spreadsheets read either.
    expect(fallback.value).toBe(refused.calls.copies[0]?.replace(/\r\n/g, '\n'));
    expect(fallback.value).toContain('Boulangeries Durand SAS');
  });

  it('warns before the storage is full and offers the export', async () => {
    renderApp(fakeOperations({ message: invoiceMessage, ledger: known, limitBytes: 700 }), { view: 'log' });
    expect((await screen.findByRole('alert')).textContent).toMatch(/Exportez-le en CSV/);
    expect(screen.getByRole('button', { name: 'Exporter en CSV' })).toBeTruthy();
  });
});

void durandInvoice;
