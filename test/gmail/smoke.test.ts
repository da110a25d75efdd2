// Loads the built Apps Script bundle the way Apps Script does (one global scope, no eval, no
// new Function) with the fakes as its services, and drives every function the manifest and the
// cards name through a full flow.
import { readFileSync } from 'node:fs';
import vm from 'node:vm';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildGmail, manifestFunctions } from '../../scripts/build-gmail';
import { entryFunctions } from '../../src/gmail/entry-points';
import { button, findAll, input, shownCard, textOf } from './fakes/fake-card-service';
import { addonEvent } from './fakes/fake-events';
import { fakeHost } from './fakes/fake-host';
import { fakePropertiesService } from './fakes/fake-properties-service';
import { fieldsOf, storedLedger } from './fakes/follow-invoice';

let code = '';
beforeAll(async () => {
  code = (await buildGmail({ write: false })).code;
});

function load(now: string) {
  const host = fakeHost({ now });
  const sandbox: Record<string, unknown> = {
    CardService: host.cards,
    GmailApp: host.gmail,
    Gmail: host.gmailApi,
    PropertiesService: fakePropertiesService(host.user, host.script),
    Session: host.session,
    Utilities: host.utilities,
    LockService: host.locks,
    console: { error: (message: string) => host.logs.push(message), log: () => undefined },
  };
  const context = vm.createContext(sandbox, { codeGeneration: { strings: false, wasm: false } });
  vm.runInContext(
    `(() => { const RealDate = Date; const fixed = RealDate.parse(${JSON.stringify(now)});
      class FixedDate extends RealDate { constructor(...args) { if (args.length === 0) super(fixed); else super(...args); } static now() { return fixed; } }
      globalThis.Date = FixedDate; })();`,
    context,
  );
  vm.runInContext(code, context, { filename: 'Code.js' });
  const called = new Set<string>();
  const call = (name: string, event: unknown) => {
    called.add(name);
    return (context[name] as (e: unknown) => unknown)(event);
  };
  return { host, context, call, called };
}

const isError = (value: unknown) => textOf(value).includes('relance-error');

describe('the built bundle in a sandbox like Apps Script', () => {
  it('contains no eval or new Function, and cannot generate code from strings', () => {
    expect(code).not.toMatch(/\beval\s*\(/);
    expect(code).not.toMatch(/\bnew\s+Function\s*\(/);
    const { context } = load('2026-03-24T10:00:00Z');
    expect(() => vm.runInContext('eval("1 + 1")', context)).toThrow(/Code generation from strings disallowed/);
  });

  it('runs every function the manifest and the cards name through a full flow', () => {
    const { host, call, called } = load('2026-03-24T10:00:00Z');
    const home = call('onHomepage', addonEvent({})) as unknown[];
    expect(textOf(home)).toContain('Journal des promesses');

    const [invoiceCard] = call('onGmailMessageOpen', addonEvent({ messageId: 'msg-invoice' })) as unknown[];
    expect(isError(invoiceCard)).toBe(false);
    const form = fieldsOf(invoiceCard, {
      issueDate: '2026-02-14',
      dueDate: '2026-03-16',
      amount: '4860,00',
      company: 'Boulangeries Durand SAS',
      civility: 'Mme',
      description: 'Refonte du site web',
    });
    const preview = shownCard(call('onPreview', addonEvent({ messageId: 'msg-invoice', ...form })));
    expect(textOf(preview)).toContain('première relance');
    const ready = shownCard(call('onCreateDraft', addonEvent({ messageId: 'msg-invoice', ...form })));
    const draft = (button(ready, 'Ouvrir le brouillon').composeAction as { action: { parameters: Record<string, string> } }).action.parameters;
    expect((call('onOpenDraft', addonEvent({ messageId: 'msg-invoice', parameters: draft })) as { kind: string }).kind).toBe('ComposeActionResponse');
    expect(textOf(call('onFlagFollowUp', addonEvent({ messageId: 'msg-invoice', ...form })))).toContain('Relance/À suivre');
    expect(host.mail.liveDrafts()).toHaveLength(1);
    expect(host.mail.liveDrafts()[0]?.to).toContain('c.durand@boulangeries-durand.fr');

    const [replyCard] = call('onGmailMessageOpen', addonEvent({ messageId: 'msg-reply' })) as unknown[];
    expect(textOf(replyCard)).toContain('Promesse de paiement');
    const parameters = (button(replyCard, 'Enregistrer la promesse').onClickAction as { parameters: Record<string, string> }).parameters;
    const confirmed = shownCard(call('onConfirmReply', addonEvent({ messageId: 'msg-reply', ...fieldsOf(replyCard, { promiseDate: '2026-04-10' }), parameters })));
    const answer = (button(confirmed, 'Créer la réponse').onClickAction as { parameters: Record<string, string> }).parameters;
    const answerReady = shownCard(call('onCreateAnswerDraft', addonEvent({ messageId: 'msg-reply', parameters: answer })));
    const answerDraft = (button(answerReady, 'Ouvrir le brouillon').composeAction as { action: { parameters: Record<string, string> } }).action.parameters;
    expect((call('onOpenDraft', addonEvent({ messageId: 'msg-reply', parameters: answerDraft })) as { kind: string }).kind).toBe('ComposeActionResponse');
    expect(host.mail.labelsOf('thread-1')).toEqual(['Relance/À suivre', 'Relance/Promesse']);

    expect(textOf(shownCard(call('onShowHomepage', addonEvent({}))))).toContain('1 en attente');
    expect(textOf(shownCard(call('onShowLog', addonEvent({ parameters: { filter: 'promises', page: '0' } }))))).toContain('Promesse de paiement');
    expect((call('onExportLog', addonEvent({})) as { kind: string }).kind).toBe('ComposeActionResponse');

    const [composeCard] = call('onComposeInsertReminder', addonEvent({})) as unknown[];
    expect(isError(composeCard)).toBe(false);
    const picked = shownCard(call('onChooseInvoice', addonEvent({ form: { invoice: 'F-2026-0142' }, parameters: { source: 'picker' } })));
    // The followed invoice had its reminder today: a second one is not offered, so insert a new invoice's.
    const inserted = call('onInsertReminder', addonEvent({ ...fieldsOf(picked, { number: 'F-2026-0150' }) })) as { kind: string };
    expect(inserted.kind).toBe('UpdateDraftActionResponse');

    const paid = shownCard(call('onRecordPayment', addonEvent({ messageId: 'msg-invoice', ...form, dates: { ...form.dates, paidOn: '2026-03-24' } })));
    expect(textOf(paid)).toMatch(/remerciement/i);

    // An aged balance pasted, read and followed; Today drafts the client's reminder for both invoices.
    const csv = 'Client;N° de facture;Date facture;Échéance;Montant TTC;Email\nGarage Morel;FA-1;01/02/2026;03/03/2026;100,00;compta@morel.fr\nGarage Morel;FA-2;05/02/2026;07/03/2026;200,00;compta@morel.fr';
    expect(textOf(shownCard(call('onShowImport', addonEvent({}))))).toContain('Importer une balance âgée');
    expect(textOf(shownCard(call('onReadAgedBalance', addonEvent({ form: { agedBalance: csv } }))))).toContain('2\u00a0nouvelles factures');
    const today = shownCard(call('onImportAgedBalance', addonEvent({ form: { agedBalance: csv } })));
    expect(textOf(today)).toContain('FA-1');
    expect(textOf(shownCard(call('onShowTodayPage', addonEvent({ parameters: { page: '0' } }))))).toContain('FA-2');
    const morel = findAll(today, 'ButtonSet').find((set) => JSON.stringify(set).includes('garagemorel.FA-'));
    const draftParameters = (button(morel, 'Rédiger la relance').onClickAction as { parameters: Record<string, string> }).parameters;
    const contact = { contactCivility: 'M.', contactFirstName: '', contactLastName: 'Morel', contactEmail: 'compta@morel.fr' };
    expect(textOf(call('onDraftClientReminder', addonEvent({ parameters: draftParameters, form: contact })))).toContain('Brouillon créé pour Garage Morel (2\u00a0factures)');

    // An admin edits a template in the bundle that cannot generate code: the interpreter renders it.
    host.script.setProperty('RELANCE_ADMINS', 'sophie.martin@atelier-lumen.fr');
    const settingsCard = (call('onShowSettings', addonEvent({})) as { kind: string; cards: unknown[] }).cards[0];
    expect(textOf(settingsCard)).toContain('Paramètres de l’organisation');
    expect(textOf(shownCard(call('onOpenSettings', addonEvent({}))))).toContain('Vos paramètres');
    expect(textOf(call('onSavePersonal', addonEvent({ form: { personalName: 'Sophie Martin', personalRole: 'Comptable', personalPhone: '', personalSignature: '' } })))).toContain('enregistrés');
    const editor = shownCard(call('onEditTemplate', addonEvent({ form: { templateFile: 'fr/overdue-1.hbs' } })));
    const edited = (input(editor, 'templateText')?.value as string).replace('Bonjour', 'Chère cliente, bonjour');
    const parameters2 = { file: 'fr/overdue-1.hbs', revision: '0' };
    expect(textOf(shownCard(call('onPreviewTemplate', addonEvent({ form: { templateText: edited }, parameters: parameters2 }))))).toContain('Chère cliente, bonjour');
    expect(textOf(call('onSaveTemplate', addonEvent({ form: { templateText: edited }, parameters: parameters2 })))).toContain('Le modèle est enregistré');
    // The saved document, its chunks put back together in order (the template makes it longer than one chunk).
    const chunks = Object.entries(host.script.getProperties()).filter(([key]) => /^RELANCE_SETTINGS_\d+$/.test(key));
    chunks.sort(([a], [b]) => Number(a.slice(17)) - Number(b.slice(17)));
    const document = JSON.parse(chunks.map(([, text]) => text).join('')) as { identity: { company: string } };
    expect(textOf(call('onSaveOrganisation', addonEvent({ form: { organisation: JSON.stringify(document) }, parameters: { revision: '1' } })))).toContain('sont enregistrés');

    expect([...called].sort()).toEqual([...new Set([...entryFunctions, ...manifestFunctions(JSON.parse(readFileSync('appsscript.json', 'utf8')))])].sort());
    expect(storedLedger(host).entries.find((entry) => entry.invoice.number === 'F-2026-0142')?.promises).toHaveLength(1);
    expect(host.logs).toEqual([]);
    expect(findAll(host.cards.built, 'Card').length).toBeGreaterThan(5);
  });
});
