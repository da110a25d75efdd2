// The settings a reminder is written with: organisation, then personal settings, then the client's own.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { effectiveSettings, isExampleIdentity, organisationCatalog, type OrganisationSettings, previewTemplate, settingsForClient, templateNames, validateOrganisationSettings } from '../../../src/core';
import { renderForEntry } from '../../../src/core/use-cases/render-for-entry';
import { durand, durandInvoice, fullHistory, harper, harperInvoice } from '../../../examples/sample-data';

const organisation: OrganisationSettings = {
  version: 1,
  identity: { company: 'Menuiserie Roux SAS', phone: '04 00 00 00 00', address: ['3 rue Neuve', '69001 Lyon'], legalMentions: 'SAS – RCS Lyon 812 345 678' },
  bank: { iban: 'FR7630006000011234567890189', bic: 'agrifrpp' },
  terms: { jurisdiction: 'FR', annualRatePercent: 15 },
  scenarios: { default: { deadlineDays: 12 } },
  clients: [{ domain: 'northgate.co.uk', language: 'en' }],
  templates: { 'fr/overdue-1.hbs': 'subject: Rappel {{invoice.number}}\n---\nBonjour {{contact.salutation}},\n\n{{sender.company}}\n' },
};

describe('effectiveSettings', () => {
  it('signs with the personal name, role and direct line over the organisation and the account', () => {
    const settings = effectiveSettings({ organisation, personal: { name: 'Léa Roux', role: 'Comptable', phone: '06 12 34 56 78' }, user: { email: 'lea@roux.fr', displayName: 'L. Roux' } });
    expect(settings.sender).toMatchObject({ name: 'Léa Roux', role: 'Comptable', phone: '06 12 34 56 78', email: 'lea@roux.fr', company: 'Menuiserie Roux SAS', bic: 'AGRIFRPP' });
    expect(settings.sender).toMatchObject({ legalMentions: 'SAS – RCS Lyon 812 345 678' });
    expect(settings.terms).toEqual({ jurisdiction: 'FR', annualRatePercent: 15 });
    expect(settings.scenario?.deadlineDays).toBe(12);
  });

  it('falls back to the account name and the switchboard when the user set nothing', () => {
    const settings = effectiveSettings({ organisation, user: { email: 'lea@roux.fr', displayName: 'Léa Roux' } });
    expect(settings.sender).toMatchObject({ name: 'Léa Roux', phone: '04 00 00 00 00' });
    expect(settings.sender.role).toBeUndefined();
  });

  it('writes the next reminder with the organisation template, no rebuild', () => {
    const { catalog, problems } = organisationCatalog(organisation.templates);
    expect(problems).toEqual([]);
    const settings = effectiveSettings({ organisation, user: { email: 'lea@roux.fr', displayName: 'Léa Roux' }, ...(catalog ? { catalog } : {}) });
    const entry = { invoice: durandInvoice, client: durand, history: { sent: [] }, promises: [] };
    const { reminder } = renderForEntry(entry, 'overdue-1', settings, '2026-03-23', 'fr');
    expect(reminder?.subject).toBe(`Rappel ${durandInvoice.number}`);
    expect(reminder?.text).toContain('Menuiserie Roux SAS');
  });

  it('gives each client its language from the rules', () => {
    const settings = effectiveSettings({ organisation, user: { email: 'lea@roux.fr' } });
    expect(settingsForClient(settings, { contact: { lastName: 'Harper', email: 'e@northgate.co.uk' } }, 'fr').language).toBe('en');
    expect(settingsForClient(settings, { contact: { lastName: 'Durand', email: 'a@durand.fr' } }, 'fr').language).toBe('fr');
  });

  it('gives each client its governing law alone, the statutory rate of each period then applying', () => {
    const lawOnly: OrganisationSettings = { ...organisation, terms: { jurisdiction: 'FR' }, clients: [{ domain: 'harpercole.co.uk', language: 'en', jurisdiction: 'UK' }] };
    const settings = effectiveSettings({ organisation: lawOnly, user: { email: 'lea@roux.fr', displayName: 'Léa Roux' } });
    expect(settings.terms).toEqual({ jurisdiction: 'FR' });
    const forHarper = settingsForClient(settings, harper);
    expect(forHarper.settings.terms).toEqual({ jurisdiction: 'UK' });
    // The letter is written under the client's law, with the legal mentions the document carries.
    const entry = { invoice: harperInvoice, client: harper, history: fullHistory, promises: [] };
    const { reminder, renderError } = renderForEntry(entry, 'penalties-letter', forHarper.settings, '2026-05-04', 'en');
    expect(renderError).toBeUndefined();
    expect(reminder?.text).toContain('SAS – RCS Lyon 812 345 678');
    expect(reminder?.text).toContain('Late-payment interest and compensation');
  });

  it('keeps a French multiple of the legal rate for French clients only', () => {
    const multiple: OrganisationSettings = { ...organisation, terms: { jurisdiction: 'FR', legalRateMultiple: 3 }, clients: [{ domain: 'harpercole.co.uk', jurisdiction: 'UK' }] };
    expect(validateOrganisationSettings(multiple).problems).toEqual([]);
    const settings = effectiveSettings({ organisation: multiple, user: { email: 'lea@roux.fr' } });
    expect(settingsForClient(settings, durand).settings.terms).toEqual({ jurisdiction: 'FR', legalRateMultiple: 3 });
    expect(settingsForClient(settings, harper).settings.terms).toEqual({ jurisdiction: 'UK' });
  });

  it('prints the sort code and account number of the document in English reminders', () => {
    const uk: OrganisationSettings = { ...organisation, templates: {}, bank: { iban: 'GB33BUKB20201555555555', bic: 'BUKBGB22', sortCode: '20-20-15', accountNumber: '55555555' }, terms: { jurisdiction: 'UK' } };
    const settings = effectiveSettings({ organisation: uk, user: { email: 'lea@roux.fr', displayName: 'Léa Roux' } });
    const entry = { invoice: harperInvoice, client: harper, history: { sent: [] }, promises: [] };
    const { reminder } = renderForEntry(entry, 'overdue-1', settingsForClient(settings, harper).settings, '2026-03-23', 'en');
    expect(reminder?.text).toContain('Sort code: 20-20-15');
    expect(reminder?.text).toContain('55555555');
  });

  it('knows the example file, so a copied example is never used to sign', () => {
    const example = validateOrganisationSettings(JSON.parse(readFileSync(join(import.meta.dirname, '../../../examples/relance.settings.example.json'), 'utf8')));
    expect(example.problems).toEqual([]);
    expect(isExampleIdentity(example.settings)).toBe(true);
    expect(isExampleIdentity(organisation)).toBe(false);
    // A real company that kept the example's bank details would collect on a stranger's account.
    expect(isExampleIdentity({ ...organisation, bank: { iban: 'fr14 2004 1010 0505 0001 3m02 606' } })).toBe(true);
  });
});

describe('previewTemplate', () => {
  it('shows every template as a client would read it, with the organisation override', () => {
    const { catalog } = organisationCatalog(organisation.templates);
    const settings = effectiveSettings({ organisation, personal: { name: 'Léa Roux' }, user: { email: 'lea@roux.fr' }, ...(catalog ? { catalog } : {}) });
    for (const language of ['fr', 'en'] as const) {
      for (const name of templateNames()) {
        const preview = previewTemplate({ settings, name, language, today: '2026-05-04' });
        expect(preview.renderError, `${language}/${name}`).toBeUndefined();
        // Every client-facing text is signed; the call script is for the caller, the French overdue-1 is overridden.
        if (name !== 'phone-call' && !(language === 'fr' && name === 'overdue-1')) expect(preview.reminder?.text).toContain('Léa Roux');
      }
    }
    const overdue = previewTemplate({ settings, name: 'overdue-1', language: 'fr', today: '2026-05-04' });
    expect(overdue.reminder?.subject).toBe('Rappel EX-2026-001');
  });

  it('says which details a template lacks instead of showing a half-filled text', () => {
    const settings = effectiveSettings({ user: {} });
    const preview = previewTemplate({ settings, name: 'overdue-2', language: 'fr', today: '2026-05-04' });
    expect(preview.renderError?.fields).toEqual(['sender.name', 'sender.company']);
  });
});
