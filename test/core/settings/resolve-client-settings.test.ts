// A client's segment, scenario, language and law, from the organisation's rules.
import { describe, expect, it } from 'vitest';
import { defaultScenario, type OrganisationSettings, planReminder, resolveClientSettings } from '../../../src/core';

const settings: OrganisationSettings = {
  version: 1,
  identity: { company: 'Menuiserie Roux SAS' },
  terms: { jurisdiction: 'FR' },
  defaultSegment: 'sme',
  scenarios: {
    sme: { escalation: [{ step: 'overdue-1', offsetDays: 3 }, { step: 'overdue-2', offsetDays: 10 }], minGapDays: 4 },
    public: { preventive: { enabled: false }, deadlineDays: 30, noticeDays: 15 },
  },
  clients: [
    { domain: 'northgate.co.uk', language: 'en', jurisdiction: 'UK' },
    { domain: 'gouv.fr', segment: 'public' },
    { domain: 'ville.lyon.gouv.fr', language: 'fr' },
    { email: 'ap@northgate.co.uk', segment: 'public' },
  ],
};

const client = (email: string, language?: 'fr' | 'en') => ({ contact: { lastName: 'X', email }, ...(language ? { language } : {}) });

describe('resolveClientSettings', () => {
  it('gives a client of a ruled domain its language and law, over the thread and the organisation', () => {
    const resolved = resolveClientSettings(settings, client('emma.harper@northgate.co.uk'), 'fr');
    expect(resolved).toMatchObject({ language: 'en', languageSource: 'rule', jurisdiction: 'UK', segment: 'sme' });
  });

  it('prefers a rule for the address to a rule for its domain', () => {
    expect(resolveClientSettings(settings, client('AP@Northgate.co.uk')).segment).toBe('public');
  });

  it('prefers the most specific domain, and matches subdomains', () => {
    expect(resolveClientSettings(settings, client('a@ville.lyon.gouv.fr'), 'en')).toMatchObject({ language: 'fr', segment: 'sme' });
    expect(resolveClientSettings(settings, client('a@prefecture.gouv.fr')).segment).toBe('public');
    expect(resolveClientSettings(settings, client('a@notgouv.fr')).segment).toBe('sme');
  });

  it('falls back to the thread language, then to the organisation default', () => {
    expect(resolveClientSettings(settings, client('a@durand.fr'), 'en')).toMatchObject({ language: 'en', languageSource: 'thread' });
    expect(resolveClientSettings({ ...settings, defaultLanguage: 'en' }, client('a@durand.fr'))).toMatchObject({ language: 'en', languageSource: 'organisation' });
    expect(resolveClientSettings(undefined, client('a@durand.fr'))).toMatchObject({ language: 'fr', segment: 'default', scenario: defaultScenario('fr') });
  });

  it('merges a segment scenario over the defaults, and the planner follows its offsets', () => {
    const { scenario } = resolveClientSettings(settings, client('a@durand.fr'), 'fr');
    expect(scenario.escalation).toEqual([
      { step: 'overdue-1', offsetDays: 3, enabled: true },
      { step: 'overdue-2', offsetDays: 10, enabled: true },
    ]);
    expect(scenario.minGapDays).toBe(4);
    expect(scenario.preventive).toEqual(defaultScenario('fr').preventive);
    const invoice = { number: 'F-1', issueDate: '2026-03-01', dueDate: '2026-03-16', amount: { value: 100, currency: 'EUR' } };
    expect(planReminder({ invoice, today: '2026-03-19', scenario })).toMatchObject({ action: 'send', step: 'overdue-1' });
    expect(planReminder({ invoice, today: '2026-03-19' })).toMatchObject({ action: 'wait' });
  });

  it('keeps the notice period of the language when a segment does not set one', () => {
    const english = resolveClientSettings(settings, client('x@northgate.co.uk'));
    expect(english.scenario.noticeDays).toBe(14);
    expect(resolveClientSettings(settings, client('a@prefecture.gouv.fr')).scenario).toMatchObject({ noticeDays: 15, deadlineDays: 30, preventive: { enabled: false } });
  });
});
