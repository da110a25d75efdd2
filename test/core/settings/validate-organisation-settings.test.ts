// The organisation settings document: every problem reported with its path, in French and English.
import { describe, expect, it } from 'vitest';
import { describeSettingsProblem, validateOrganisationSettings, validatePersonalSettings } from '../../../src/core';

const valid = {
  version: 1,
  identity: { company: 'Menuiserie Roux SAS', legalMentions: 'SAS au capital de 50 000 € – RCS Lyon 812 345 678', address: ['3 rue Neuve', '69001 Lyon'], city: 'Lyon' },
  bank: { iban: 'FR76 3000 6000 0112 3456 7890 189', bic: 'agrifrpp', sortCode: '20-00-00', accountNumber: '55779911' },
  terms: { jurisdiction: 'FR', annualRatePercent: 12.15 },
  defaultSegment: 'sme',
  scenarios: {
    sme: { escalation: [{ step: 'overdue-1', offsetDays: 5 }, { step: 'overdue-2', offsetDays: 12 }, { step: 'formal-notice', offsetDays: 45 }], minGapDays: 5 },
    'key-accounts': { preventive: { enabled: false }, deadlineDays: 15 },
  },
  clients: [{ domain: 'northgate.co.uk', language: 'en', jurisdiction: 'UK', segment: 'key-accounts' }, { email: 'compta@durand.fr', segment: 'sme' }],
  templates: { 'fr/overdue-1.hbs': 'subject: Facture {{invoice.number}}\n---\nBonjour {{contact.salutation}},\n' },
};

const paths = (value: unknown) => validateOrganisationSettings(value).problems.map((problem) => `${problem.path} ${problem.code}`);

describe('validateOrganisationSettings', () => {
  it('accepts a complete document and keeps every field', () => {
    const reading = validateOrganisationSettings(valid);
    expect(reading.problems).toEqual([]);
    expect(reading.settings?.identity.company).toBe('Menuiserie Roux SAS');
    expect(reading.settings?.scenarios?.sme?.escalation?.[2]).toEqual({ step: 'formal-notice', offsetDays: 45 });
    expect(reading.settings?.templates?.['fr/overdue-1.hbs']).toContain('Bonjour');
  });

  it('reports every problem at once, each at its path', () => {
    const broken = {
      ...valid,
      identity: { company: '', legalMention: 'typo' },
      bank: { iban: 'FR76 3000 6000 0112 3456 7890 180', bic: 'AGRI', sortCode: '2000', accountNumber: 'abc' },
      terms: { jurisdiction: 'DE', annualRatePercent: '12' },
      scenarios: {
        sme: { escalation: [{ step: 'overdue-1', offsetDays: 10 }, { step: 'overdue-2', offsetDays: 8 }, { step: 'formal-notice', offsetDays: 'soon' }, { step: 'overdue-1', offsetDays: 60 }] },
      },
      clients: [{ domain: 'northgate.co.uk', email: 'a@b.fr' }, { domain: '@durand.fr', segment: 'public' }],
      templates: { 'fr/overdue-1.hbs': 'subject: x\n---\n{{sender.nmae}}\n' },
      colour: 'blue',
    };
    expect(paths(broken)).toEqual([
      'identity.company required',
      'identity.legalMention unknown-field',
      'bank.iban invalid-iban',
      'bank.bic invalid-bic',
      'bank.sortCode invalid-sort-code',
      'bank.accountNumber invalid-account-number',
      'terms.jurisdiction not-one-of',
      'terms.annualRatePercent wrong-type',
      'scenarios.sme.escalation[2].offsetDays wrong-type',
      'clients[1].domain invalid-domain',
      'colour unknown-field',
      'scenarios.sme.escalation[1].offsetDays not-in-order',
      'scenarios.sme.escalation[3].step duplicate',
      'clients[0] one-of-email-or-domain',
      'clients[1].segment unknown-segment',
      'templates["fr/overdue-1.hbs"] template',
    ]);
  });

  it('refuses a multiple of the legal rate below the French floor, or under another law', () => {
    expect(paths({ ...valid, terms: { jurisdiction: 'FR', legalRateMultiple: 2 } })).toEqual(['terms.legalRateMultiple out-of-range']);
    expect(paths({ ...valid, terms: { jurisdiction: 'UK', legalRateMultiple: 3 } })).toEqual(['terms.jurisdiction not-one-of']);
    expect(paths({ ...valid, terms: { jurisdiction: 'FR', legalRateMultiple: 3.5 } })).toEqual([]);
  });

  it('says what is wrong in French and in English, with the path and the template line', () => {
    const { problems } = validateOrganisationSettings({
      ...valid,
      scenarios: { sme: { escalation: [{ step: 'overdue-1', offsetDays: 400 }] } },
      clients: [],
      templates: { 'fr/overdue-1.hbs': 'subject: x\n---\n\n{{sender.nmae}}\n' },
    });
    expect(problems.map((problem) => describeSettingsProblem(problem, 'fr'))).toEqual([
      'scenarios.sme.escalation[0].offsetDays\u00a0: hors limites (attendu\u00a0: 1 … 365)',
      'templates["fr/overdue-1.hbs"] \u2192 fr/overdue-1.hbs:4\u00a0: variable inconnue «\u00a0sender.nmae\u00a0»',
    ]);
    expect(describeSettingsProblem(problems[0]!, 'en')).toBe('scenarios.sme.escalation[0].offsetDays: out of range (expected 1 … 365)');
  });

  it('refuses a document of another version rather than misread it', () => {
    expect(validateOrganisationSettings({ ...valid, version: 2 })).toEqual({
      settings: undefined,
      problems: [{ path: 'version', code: 'unsupported-version', expected: '1' }],
    });
    expect(paths({ identity: { company: 'X' } })).toEqual(['version required']);
  });

  it('reports a document that is not an object, and the company name as required', () => {
    expect(paths('{"version": 1}')).toEqual([' wrong-type']);
    expect(paths({ version: 1 })).toEqual(['identity required']);
    expect(validateOrganisationSettings({ version: 1 }).settings).toBeUndefined();
  });

  it('keeps what is valid when another field is wrong, so one typo does not disable everything', () => {
    const reading = validateOrganisationSettings({ ...valid, bank: { ...valid.bank, bic: 'AGRI' } });
    expect(reading.settings?.bank).toEqual({ iban: valid.bank.iban, sortCode: '20-00-00', accountNumber: '55779911' });
    expect(reading.settings?.identity.company).toBe('Menuiserie Roux SAS');
  });
});

describe('validatePersonalSettings', () => {
  it('accepts a name, role, direct line and signature, and reports unknown fields', () => {
    expect(validatePersonalSettings({ name: 'Léa Roux', role: 'Comptable', phone: '06 12 34 56 78', signature: 'Secteur Sud' }).problems).toEqual([]);
    expect(validatePersonalSettings({ name: 7, iban: 'FR76' }).problems).toEqual([
      { path: 'name', code: 'wrong-type', expected: 'text' },
      { path: 'iban', code: 'unknown-field' },
    ]);
  });
});
