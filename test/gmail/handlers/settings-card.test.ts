// The settings card: admins listed in RELANCE_ADMINS edit the organisation's document and templates
// (script properties, chunked under the script lock), every user edits their own settings, and the
// next reminder uses what was saved, with no redeployment.
import { describe, expect, it } from 'vitest';
import { chunkLength, headerKey, saveDocument } from '../../../src/gmail/adapter/organisation-store';
import { click } from '../fakes/click';
import { handlers } from '../../../src/gmail/entry-points';
import { button, input, shownCard, textOf } from '../fakes/fake-card-service';
import { addonEvent } from '../fakes/fake-events';
import { type FakeHost, fakeHost, userEmail } from '../fakes/fake-host';
import { fieldsOf, followInvoice } from '../fakes/follow-invoice';

type Card = { kind: string; cards?: unknown[] };

function adminHost(now = '2026-03-21T10:00:00Z'): FakeHost {
  const host = fakeHost({ now });
  followInvoice(host);
  host.script.setProperty('RELANCE_ADMINS', `boss@atelier-lumen.fr, ${userEmail.toUpperCase()}`);
  return host;
}

const settingsCard = (host: FakeHost, locale = 'fr') => ((handlers.onShowSettings(host, addonEvent({ locale })) as Card).cards ?? [])[0];
const openInvoice = (host: FakeHost, fields?: ReturnType<typeof fieldsOf>) =>
  fields ? shownCard(handlers.onPreview(host, addonEvent({ messageId: 'msg-invoice', ...fields }))) : (handlers.onGmailMessageOpen(host, addonEvent({ messageId: 'msg-invoice' })) as unknown[])[0];
const parametersOf = (card: unknown, text: string) => (button(card, text).onClickAction as { parameters: Record<string, string> }).parameters;

function saveOrganisation(host: FakeHost, edit: (document: Record<string, unknown>) => unknown): unknown {
  const card = settingsCard(host);
  const document = JSON.parse(input(card, 'organisation')?.value as string) as Record<string, unknown>;
  const text = typeof edit === 'function' ? edit(document) : document;
  return handlers.onSaveOrganisation(
    host,
    addonEvent({ form: { organisation: typeof text === 'string' ? text : JSON.stringify(text, null, 2) }, parameters: parametersOf(card, 'Enregistrer les paramètres de l’organisation') }),
  );
}

function editTemplate(host: FakeHost, file: string, change: (text: string) => string, action: 'onSaveTemplate' | 'onPreviewTemplate' = 'onSaveTemplate') {
  const editor = shownCard(handlers.onEditTemplate(host, addonEvent({ form: { templateFile: file } })));
  const text = change(input(editor, 'templateText')?.value as string);
  return { text, response: handlers[action](host, addonEvent({ form: { templateText: text }, parameters: parametersOf(editor, 'Enregistrer le modèle') })) };
}

describe('the settings card', () => {
  it('lets an admin change a scenario offset and a template, and the next reminder uses them', () => {
    const host = adminHost();
    // D+5: the built-in scenario waits for D+7.
    expect(textOf(openInvoice(host))).toContain("Rien à envoyer aujourd’hui");

    const saved = saveOrganisation(host, (document) => ({
      ...document,
      scenarios: { default: { escalation: [{ step: 'overdue-1', offsetDays: 4 }, { step: 'overdue-2', offsetDays: 12 }] } },
    }));
    expect(textOf(saved)).toContain('Les paramètres de l’organisation sont enregistrés.');
    const { response } = editTemplate(host, 'fr/overdue-1.hbs', (text) => text.replace('Bonjour {{contact.salutation}},', 'Bonjour {{contact.salutation}},\n\nUn simple rappel amical.'));
    expect(textOf(response)).toContain('Le modèle est enregistré');

    const card = openInvoice(host);
    expect(textOf(card)).toContain('première relance');
    expect(textOf(card)).toContain('Un simple rappel amical.');
    const ready = shownCard(click(host, card, 'Créer le brouillon', { messageId: 'msg-invoice', ...fieldsOf(card) }));
    const draft = click(host, ready, 'Ouvrir le brouillon', { messageId: 'msg-invoice' }) as Card;
    expect(draft.kind).toBe('ComposeActionResponse');
    expect(host.mail.liveDrafts()[0]?.body).toContain('Un simple rappel amical.');
  });

  it('previews an edited template, and refuses a broken one with its file and line, keeping the text', () => {
    const host = adminHost();
    const preview = editTemplate(host, 'fr/overdue-2.hbs', (text) => text.replace('Bonjour', 'Madame, Monsieur, bonjour'), 'onPreviewTemplate');
    expect(textOf(preview.response)).toContain('Aperçu avec un client fictif');
    expect(textOf(preview.response)).toContain('Madame, Monsieur, bonjour');

    const broken = editTemplate(host, 'fr/overdue-2.hbs', (text) => text.replace('{{sender.company}}', '{{sender.compagny}}'));
    const line = broken.text.split('\n').findIndex((text) => text.includes('sender.compagny')) + 1;
    const card = shownCard(broken.response);
    expect(textOf(card)).toContain(`fr/overdue-2.hbs:${line}\u00a0: variable inconnue «\u00a0sender.compagny\u00a0»`);
    expect(input(card, 'templateText')?.value).toBe(broken.text);
    expect(host.script.getProperty(headerKey)).toBeNull();
  });

  it('refuses an organisation document with problems, listing each path, and keeps what was typed', () => {
    const host = adminHost();
    const refused = shownCard(saveOrganisation(host, (document) => ({ ...document, bank: { iban: 'FR76 0000' }, colour: 'bleu' })));
    expect(textOf(refused)).toContain('Rien n’a été enregistré');
    expect(textOf(refused)).toContain('bank.iban\u00a0: IBAN invalide (clé de contrôle incorrecte)');
    expect(textOf(refused)).toContain('colour\u00a0: champ inconnu');
    expect(input(refused, 'organisation')?.value).toContain('"colour": "bleu"');
    expect(textOf(shownCard(saveOrganisation(host, () => '{ "version": 1, ')))).toContain('Ce n’est pas un JSON valide');
    expect(textOf(shownCard(saveOrganisation(host, (document) => ({ ...document, identity: { company: 'Votre Société SAS' } }))))).toContain('remplacez la société');
    expect(host.script.getProperty(headerKey)).toBeNull();
  });

  it('lets only the admins listed in RELANCE_ADMINS edit the organisation, whatever the card sends', () => {
    const host = fakeHost();
    const card = settingsCard(host);
    expect(input(card, 'organisation')).toBeUndefined();
    expect(textOf(card)).toContain('Seuls les administrateurs listés dans la propriété de script RELANCE_ADMINS');
    handlers.onSaveOrganisation(host, addonEvent({ form: { organisation: '{"version":1,"identity":{"company":"Pirate SA"}}' }, parameters: { revision: '0' } }));
    handlers.onSaveTemplate(host, addonEvent({ form: { templateText: 'subject: x\n---\nx' }, parameters: { file: 'fr/overdue-1.hbs', revision: '0' } }));
    expect(host.script.getProperty(headerKey)).toBeNull();
  });

  it('stores a long document in chunks a property can hold, under the script lock', () => {
    const host = adminHost('2026-03-24T10:00:00Z');
    const long = 'Ligne de texte assez longue pour remplir le modèle.\n'.repeat(150);
    const { response } = editTemplate(host, 'fr/overdue-1.hbs', (text) => `${text}\n${long}`);
    expect(textOf(response)).toContain('Le modèle est enregistré');
    const header = JSON.parse(host.script.getProperty(headerKey) ?? '{}') as { count: number; length: number };
    expect(header.count).toBeGreaterThan(2);
    expect(host.script.getProperty('RELANCE_SETTINGS_0')?.length).toBe(chunkLength);
    expect(host.locks.acquired).toContain('script');
    expect(host.locks.held).toBe(false);
    expect(textOf(openInvoice(host))).toContain('Ligne de texte assez longue');
  });

  it('refuses a save while another execution holds the script lock, and changes nothing', () => {
    const host = adminHost();
    host.locks.holdScriptLock();
    const response = saveOrganisation(host, (document) => ({ ...document, defaultLanguage: 'en' }));
    expect(JSON.stringify(response)).toContain('relance-error');
    expect(host.script.getProperty(headerKey)).toBeNull();
  });

  it('refuses to overwrite what another admin saved since the card was shown', () => {
    const host = adminHost();
    const card = settingsCard(host);
    saveDocument(host.scriptProperties, host.locks, JSON.stringify({ version: 1, identity: { company: 'Atelier Lumen SARL' } }), 0);
    const text = input(card, 'organisation')?.value as string;
    const response = handlers.onSaveOrganisation(host, addonEvent({ form: { organisation: text }, parameters: parametersOf(card, 'Enregistrer les paramètres de l’organisation') }));
    expect(textOf(response)).toContain('Un autre administrateur a enregistré des paramètres entre-temps');
  });

  it('lets every user save their own name, role and direct line, and signs the next reminder with them', () => {
    const host = fakeHost({ now: '2026-03-24T10:00:00Z' });
    followInvoice(host);
    const saved = handlers.onSavePersonal(host, addonEvent({ form: { personalName: 'Léa Roux', personalRole: 'Chargée de recouvrement', personalPhone: '06 12 34 56 78', personalSignature: '' } }));
    expect(textOf(saved)).toContain('Vos paramètres sont enregistrés.');
    const text = textOf(openInvoice(host));
    expect(text).toContain('Léa Roux');
    expect(text).toContain('Chargée de recouvrement');
    expect(text).toContain('06 12 34 56 78');
    const refused = shownCard(handlers.onSavePersonal(host, addonEvent({ form: { personalName: 'x'.repeat(130), personalRole: '', personalPhone: '', personalSignature: '' } })));
    expect(textOf(refused)).toContain('name\u00a0: trop long (120 caractères au plus)');
  });
});

describe('before and while the settings are wrong', () => {
  it('shows a first-run card saying what to set, where and by whom, instead of missing fields', () => {
    const host = fakeHost({ withOrganisation: false });
    const [home] = handlers.onHomepage(host, addonEvent({})) as unknown[];
    expect(textOf(home)).toContain('Bienvenue dans Relance');
    expect(textOf(home)).toContain('RELANCE_ADMINS');
    expect(textOf(home)).toContain('identity.company');
    const [message] = handlers.onGmailMessageOpen(host, addonEvent({ messageId: 'msg-invoice' })) as unknown[];
    expect(textOf(message)).toContain('Bienvenue dans Relance');
    expect(textOf(message)).not.toContain('obligatoire');
    expect(textOf(shownCard(handlers.onOpenSettings(host, addonEvent({}))))).toContain('Vos paramètres');
  });

  it('writes no reminder while the saved settings hold the example company', () => {
    const host = adminHost('2026-03-24T10:00:00Z');
    saveDocument(host.scriptProperties, host.locks, JSON.stringify({ version: 1, identity: { company: 'Votre Société SAS' } }), 0);
    const card = openInvoice(host);
    expect(textOf(card)).toContain('contiennent encore la société d’exemple');
    expect(() => button(card, 'Créer le brouillon')).toThrow();
  });

  it('writes in the client language its rule gives, and the switch on the card overrides it', () => {
    const host = adminHost('2026-03-24T10:00:00Z');
    saveOrganisation(host, (document) => ({ ...document, clients: [{ domain: 'boulangeries-durand.fr', language: 'en' }] }));
    const card = openInvoice(host);
    expect(input(card, 'reminderLanguage')?.items).toContainEqual({ text: 'Anglais', value: 'en', selected: true });
    expect(textOf(card)).toContain('Dear');
    expect(textOf(card)).toContain('Plan de relance');
    const switched = openInvoice(host, fieldsOf(card, { reminderLanguage: 'fr' }));
    expect(textOf(switched)).toContain('Bonjour Madame Durand');
  });
});
