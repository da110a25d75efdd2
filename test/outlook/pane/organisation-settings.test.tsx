// @vitest-environment jsdom
// The pane with the organisation's settings: a first-run screen when there are none, no reminder
// while they hold the example company, their problems and previews in the Settings tab, and the
// reminder written in the client's language with their template and scenario.
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { effectiveSettings, type MailMessage, organisationCatalog, type OrganisationSettings, validateOrganisationSettings } from '../../../src/core';
import type { SettingsStatus } from '../../../src/outlook/config/load-settings';
import { App, type AppProps } from '../../../src/outlook/pane/App';
import { durand, harper, lumen } from '../../../examples/sample-data';
import { fakeOperations } from '../fakes/fake-operations';
import { sampleEntry } from '../fakes/sample-entry';

afterEach(cleanup);

const url = 'https://relance.roux.fr/relance.settings.json';
const organisation: OrganisationSettings = {
  version: 1,
  identity: { company: lumen.company, address: lumen.address!, city: 'Lyon' },
  bank: { iban: lumen.iban!, bic: lumen.bic! },
  clients: [{ domain: 'harpercole.co.uk', language: 'en' }],
};
const message = (email: string, body = 'Bonjour, veuillez trouver la facture F-2026-0142.'): MailMessage => ({
  id: 'AAMkInvoice=',
  threadId: 'AAQkThread=',
  subject: 'Facture F-2026-0142',
  body,
  from: { email: lumen.email!, name: lumen.name },
  to: [{ email, name: 'Claire Durand' }],
  cc: [],
  receivedOn: '2026-02-14',
  attachmentNames: [],
});
const ledger = { version: 1 as const, entries: [sampleEntry] };

function renderWith(document: OrganisationSettings | undefined, status: Partial<SettingsStatus>, overrides: Partial<AppProps> = {}) {
  const { catalog } = organisationCatalog(document?.templates);
  const settings = effectiveSettings({ ...(document ? { organisation: document } : {}), user: { email: lumen.email!, displayName: lumen.name }, ...(catalog ? { catalog } : {}) });
  const full: SettingsStatus = { state: 'ok', url, problems: [], ...(document ? { organisation: document } : {}), ...status };
  const ops = fakeOperations({ message: message(durand.contact.email), ledger });
  render(<App ops={ops} settings={settings} language="fr" today="2026-03-23" view="remind" compose={false} settingsStatus={full} {...overrides} />);
  return ops;
}

describe('task pane: organisation settings', () => {
  it('shows a first-run screen saying what to set and where, instead of every field missing', async () => {
    renderWith(undefined, { state: 'missing' });
    expect(await screen.findByRole('heading', { name: 'Relance n’est pas encore configurée' })).toBeTruthy();
    expect(screen.getByText(`Adresse attendue du fichier : ${url}`)).toBeTruthy();
    expect(screen.getByText(/identity\.company/)).toBeTruthy();
    expect(screen.queryByText(/obligatoire/)).toBeNull();
  });

  it('refuses to write a reminder while the settings hold the example company', async () => {
    const ops = renderWith({ ...organisation, identity: { company: 'Votre Société SAS' } }, { state: 'example' });
    const button = await screen.findByRole('button', { name: 'Créer le brouillon' });
    expect(button.hasAttribute('disabled')).toBe(true);
    expect(screen.getByText(/contiennent encore la société d’exemple/)).toBeTruthy();
    fireEvent.click(button);
    expect(ops.calls.createDraft).toHaveLength(0);
  });

  it('lists every problem with its path and previews each template in the Settings tab', async () => {
    const { problems } = validateOrganisationSettings({ ...organisation, bank: { iban: 'FR00 1234' }, colour: 'blue' });
    renderWith(organisation, { problems }, { view: 'settings' });
    expect(await screen.findByRole('heading', { name: '2 problèmes à corriger' })).toBeTruthy();
    expect(screen.getByText('bank.iban : IBAN invalide (clé de contrôle incorrecte)')).toBeTruthy();
    expect(screen.getByText(/^colour\s: champ inconnu/)).toBeTruthy();
    expect(screen.getByText(`Fichier de paramètres : ${url}`)).toBeTruthy();
    const preview = screen.getByRole('region', { name: 'fr/overdue-1.hbs' });
    expect(preview.textContent).toContain('Atelier Lumen SARL');
  });

  it('writes with the organisation template and scenario offset from the settings', async () => {
    // D+4: the built-in scenario waits until D+7; this organisation sends its first reminder at D+3.
    const edited: OrganisationSettings = {
      ...organisation,
      scenarios: { default: { escalation: [{ step: 'overdue-1', offsetDays: 3 }, { step: 'overdue-2', offsetDays: 10 }] } },
      templates: { 'fr/overdue-1.hbs': 'subject: Rappel amical {{invoice.number}}\n---\nBonjour {{contact.salutation}},\n\nMerci de régler {{total}}.\n\n{{sender.name}}\n' },
    };
    renderWith(undefined, {}, { today: '2026-03-20' });
    expect(await screen.findByText('Rien à envoyer aujourd’hui')).toBeTruthy();
    cleanup();
    renderWith(edited, {}, { today: '2026-03-20' });
    expect(await screen.findByText('À envoyer maintenant : première relance')).toBeTruthy();
    // A reply keeps the thread's subject: the organisation's template shows in the text.
    expect(screen.getByRole('region', { name: 'Aperçu' }).textContent).toContain('Merci de régler');
  });

  it('writes in the client language from the rules, and lets the user switch it', async () => {
    const settings = effectiveSettings({ organisation, user: { email: lumen.email!, displayName: lumen.name } });
    const { language: _language, ...client } = harper;
    const ops = fakeOperations({ message: message(harper.contact.email), ledger: { version: 1, entries: [{ ...sampleEntry, client }] } });
    render(
      <App ops={ops} settings={settings} language="fr" today="2026-03-23" view="remind" compose={false} settingsStatus={{ state: 'ok', url, problems: [], organisation }} />,
    );
    const switcher = (await screen.findByLabelText('Langue de la relance')) as HTMLSelectElement;
    expect(switcher.value).toBe('en');
    expect(screen.getByText('(selon les paramètres du client)')).toBeTruthy();
    await waitFor(() => expect(screen.getByRole('region', { name: 'Aperçu' }).textContent).toMatch(/Dear|Hello/));
    fireEvent.change(switcher, { target: { value: 'fr' } });
    await waitFor(() => expect(screen.getByRole('region', { name: 'Aperçu' }).textContent).toContain('Bonjour'));
    expect(screen.getByText('(choisie)')).toBeTruthy();
    // The interface stays in the host's language.
    expect(screen.getByRole('tab', { name: 'Paramètres' })).toBeTruthy();
  });
});
