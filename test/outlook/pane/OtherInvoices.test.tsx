// @vitest-environment jsdom
/** The client's other open invoices beside a reminder: ticked when overdue, drafted and logged in the same message. */
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import type { LedgerEntry, MailMessage, RelanceSettings } from '../../../src/core';
import { App } from '../../../src/outlook/pane/App';
import { durand, durandInvoice, durandSecondInvoice, durandUpcomingInvoice, lumen } from '../../../examples/sample-data';
import { fakeOperations } from '../fakes/fake-operations';

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
const entry = (invoice: LedgerEntry['invoice']): LedgerEntry => ({ invoice, client: durand, history: { sent: [] }, promises: [] });
const ledger = { version: 1 as const, entries: [entry(durandInvoice), entry(durandSecondInvoice), entry(durandUpcomingInvoice)] };

describe("a client's other open invoices in the reminder", () => {
  it('ticks the overdue one, not the one not yet due, and writes the ticked ones into the same reminder with one total', async () => {
    const ops = fakeOperations({ message: invoiceMessage, ledger });
    render(<App ops={ops} settings={settings} language="fr" today="2026-04-08" view="remind" compose={false} />);
    const others = await screen.findByRole('group', { name: 'Autres factures ouvertes de ce client' });
    const second = within(others).getByLabelText(new RegExp(durandSecondInvoice.number)) as HTMLInputElement;
    const upcoming = within(others).getByLabelText(new RegExp(durandUpcomingInvoice.number)) as HTMLInputElement;
    expect([second.checked, upcoming.checked]).toEqual([true, false]);
    const preview = () => screen.getByRole('region', { name: 'Aperçu' }).textContent ?? '';
    expect(preview()).toContain(durandSecondInvoice.number);
    expect(preview()).toContain('5\u00a0610,50\u00a0€');
    fireEvent.click(upcoming);
    await waitFor(() => expect(preview()).toContain(durandUpcomingInvoice.number));
    fireEvent.click(screen.getByRole('button', { name: 'Créer le brouillon' }));
    await waitFor(() => expect(ops.calls.clientDrafts).toHaveLength(1));
    // The open message is answered; the log covers each invoice of the message.
    expect(ops.calls.createDraft).toEqual([]);
    const text = ops.calls.clientDrafts[0]?.text ?? '';
    for (const invoice of [durandInvoice, durandSecondInvoice, durandUpcomingInvoice]) expect(text).toContain(invoice.number);
    const logged = (await ops.listRecords()).entries.filter((each) => each.events?.some((event) => event.kind === 'drafted'));
    expect(logged.map((each) => each.invoice.number).sort()).toEqual([durandInvoice.number, durandSecondInvoice.number, durandUpcomingInvoice.number]);
  });

  it('drafts the invoice alone when the others are unticked', async () => {
    const ops = fakeOperations({ message: invoiceMessage, ledger });
    render(<App ops={ops} settings={settings} language="fr" today="2026-04-08" view="remind" compose={false} />);
    const others = await screen.findByRole('group', { name: 'Autres factures ouvertes de ce client' });
    fireEvent.click(within(others).getByLabelText(new RegExp(durandSecondInvoice.number)));
    await waitFor(() => expect(screen.getByRole('region', { name: 'Aperçu' }).textContent).not.toContain(durandSecondInvoice.number));
    fireEvent.click(screen.getByRole('button', { name: 'Créer le brouillon' }));
    await waitFor(() => expect(ops.calls.createDraft).toHaveLength(1));
    expect(ops.calls.clientDrafts).toEqual([]);
  });
});
