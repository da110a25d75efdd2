import { describe, expect, it } from 'vitest';
import { handlers } from '../../../src/gmail/entry-points';
import { click } from '../fakes/click';
import { findAll, input, shownCard, textOf } from '../fakes/fake-card-service';
import { addonEvent } from '../fakes/fake-events';
import { type FakeHost, fakeHost } from '../fakes/fake-host';
import { agedBalance40 } from '../fakes/aged-balance-40';
import { storedLedger } from '../fakes/follow-invoice';

function homepage(host: FakeHost, locale = 'fr'): unknown {
  return (handlers.onHomepage(host, addonEvent({ locale })) as unknown[])[0];
}

/** Pastes the text in the import card and reads it, as a user does. */
function pasteAndRead(host: FakeHost, text: string, form: Record<string, string> = {}, locale = 'fr') {
  const home = homepage(host, locale);
  const opened = shownCard(click(host, home, locale === 'fr' ? 'Importer une balance âgée' : 'Import an aged balance', { locale }));
  expect(textOf(opened)).toContain(locale === 'fr' ? 'Les cartes Gmail n’acceptent pas l’envoi de fichiers' : 'Gmail cards cannot upload files');
  expect(input(opened, 'agedBalance')).toMatchObject({ kind: 'TextInput', multiline: true });
  return shownCard(click(host, opened, locale === 'fr' ? 'Lire' : 'Read', { locale, form: { agedBalance: text, ...form } }));
}

describe("Today and the aged-balance import in Gmail", () => {
  it('imports a 40-row aged balance, shows today grouped by client, and drafts a two-invoice reminder', () => {
    const host = fakeHost({ now: '2026-04-20T10:00:00Z' });
    const text = agedBalance40();
    const read = pasteAndRead(host, text);
    expect(textOf(read)).toContain('40\u00a0nouvelles factures, 0\u00a0mise à jour, 0\u00a0inchangée.');
    const imported = click(host, read, 'Suivre 40\u00a0factures', { form: { agedBalance: text } });
    expect(imported.stateChanged).toBe(true);
    expect(textOf(imported)).toContain('Import terminé\u00a0: 40\u00a0factures ajoutées, 0\u00a0mise à jour.');
    expect(storedLedger(host).entries).toHaveLength(40);

    const today = shownCard(imported);
    const rows = findAll(today, 'DecoratedText').filter((row) => String(row.topLabel).startsWith('Garage Morel SARL · '));
    expect(rows).toHaveLength(1);
    expect(rows[0]?.text).toContain('FA-0-1');
    expect(rows[0]?.text).toContain('FA-0-0');
    expect(rows[0]?.text).not.toContain('FA-0-2');
    expect(rows[0]?.bottomLabel).toContain('2\u00a0factures · 2\u00a0011,00\u00a0€');
    // Each of the ten clients once, with its own button.
    expect(findAll(today, 'TextButton').filter((each) => each.text === 'Rédiger la relance')).toHaveLength(10);

    const morel = findAll(today, 'ButtonSet').find((set) => JSON.stringify(set).includes('garagemorelsarl.FA-0-'));
    // The export names no one to write to: the contact is asked once, prefilled with the export's address.
    const contact = shownCard(click(host, { kind: 'Card', sections: [{ widgets: [morel] }] }, 'Rédiger la relance'));
    expect(textOf(contact)).toContain('Contact chez Garage Morel SARL');
    expect(input(contact, 'contactEmail')?.value).toBe('compta@garagemorelsarl.fr');
    const drafted = click(host, contact, 'Rédiger la relance', { form: { contactCivility: 'M.', contactFirstName: 'Paul', contactLastName: 'Morel', contactEmail: 'compta@garagemorelsarl.fr' } });
    expect(drafted.stateChanged).toBe(true);
    expect(textOf(drafted)).toContain('Brouillon créé pour Garage Morel SARL (2\u00a0factures)');
    const [draft] = host.mail.liveDrafts();
    expect(draft).toMatchObject({ kind: 'new', to: 'compta@garagemorelsarl.fr' });
    expect(draft?.body).toContain('FA-0-0');
    expect(draft?.body).toContain('FA-0-1');
    expect(draft?.body).not.toContain('FA-0-2');
    expect(draft?.body).toContain('Monsieur Morel');
    expect(draft?.body).toContain('2\u00a0011,00\u00a0€');
    // Both invoices logged as drafted; the client leaves today's list.
    const logged = storedLedger(host).entries.filter((entry) => entry.client.company === 'Garage Morel SARL' && entry.events?.some((event) => event.kind === 'drafted'));
    expect(logged.map((entry) => entry.invoice.number).sort()).toEqual(['FA-0-0', 'FA-0-1']);
    expect(logged.map((entry) => entry.client.contact.lastName)).toEqual(['Morel', 'Morel']);
    // Until the draft is seen sent the client stays listed, saying so, so that no second draft repeats it.
    const after = findAll(shownCard(drafted), 'DecoratedText').find((row) => String(row.topLabel).startsWith('Garage Morel SARL · '));
    expect(after?.text).toMatch(/Brouillon déjà préparé le 20\savril\s2026, pas encore vu envoyé\./);
  });
});
