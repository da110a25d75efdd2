/**
 * A template shown as a client would read it, so an admin sees the effect of an edit before
 * saving: a fictitious client and invoice at the moment the step is sent, signed with the
 * organisation's real settings. A template that cannot be written says why, field by field.
 */
import { addDays } from '../dates/add-days';
import { isRelanceError, type RelanceError } from '../errors/relance-error';
import type { Client } from '../model/client';
import type { FollowUpHistory } from '../model/follow-up-history';
import type { IsoDate } from '../model/iso-date';
import type { Language } from '../model/language';
import { type Channel, defaultChannels, isStepId } from '../model/step';
import { renderReminder, type RenderedReminder } from '../render/render-reminder';
import type { RelanceSettings } from '../use-cases/relance-settings';

export type TemplatePreview = { name: string; reminder?: RenderedReminder; renderError?: RelanceError };

const sampleClients: Record<Language, Client> = {
  fr: {
    company: 'Client Exemple SAS',
    language: 'fr',
    address: ['10 avenue des Exemples', '75000 Paris'],
    contact: { civility: 'Mme', firstName: 'Claire', lastName: 'Exemple', role: 'Comptable fournisseurs', email: 'claire.exemple@client-exemple.fr', phone: '01 00 00 00 00' },
  },
  en: {
    company: 'Sample Client Ltd',
    language: 'en',
    address: ['10 Example Street', 'London EC1A 1AA'],
    contact: { civility: 'Ms', firstName: 'Claire', lastName: 'Sample', role: 'Accounts Payable', email: 'claire.sample@sample-client.co.uk', phone: '020 7946 0000' },
  },
};

/** Days after the due date each step is previewed at, and what happened before it. */
function moment(name: string, dueDate: IsoDate): { offset: number; history: FollowUpHistory } {
  const sent = (step: 'overdue-1' | 'overdue-2' | 'phone-call' | 'penalties-letter', days: number) => ({ step, on: addDays(dueDate, days) });
  switch (name) {
    case 'preventive':
      return { offset: -7, history: { sent: [] } };
    case 'preventive-nudge':
      return { offset: -2, history: { sent: [{ step: 'preventive', on: addDays(dueDate, -7) }] } };
    case 'overdue-1':
      return { offset: 7, history: { sent: [] } };
    case 'overdue-2':
      return { offset: 15, history: { sent: [sent('overdue-1', 7)] } };
    case 'phone-call':
      return { offset: 30, history: { sent: [sent('overdue-1', 7), sent('overdue-2', 15)] } };
    case 'penalties-letter':
      return { offset: 40, history: { sent: [sent('overdue-1', 7), sent('overdue-2', 15), sent('phone-call', 30)] } };
    case 'formal-notice':
      return { offset: 50, history: { sent: [sent('overdue-1', 7), sent('overdue-2', 15), sent('phone-call', 30), sent('penalties-letter', 40)] } };
    case 'thank-you':
      return { offset: 12, history: { sent: [sent('overdue-1', 7)], paidOn: addDays(dueDate, 11) } };
    default:
      // Promise steps and answers to replies: a promise logged after the first reminder.
      return {
        offset: 18,
        history: {
          sent: [sent('overdue-1', 7)],
          repliedOn: addDays(dueDate, 9),
          promise: { date: addDays(dueDate, name === 'broken-promise' ? 14 : 25), loggedOn: addDays(dueDate, 9) },
        },
      };
  }
}

export function previewTemplate(input: { settings: RelanceSettings; name: string; language: Language; today: IsoDate }): TemplatePreview {
  const { settings, name, language } = input;
  // The sample invoice falls due so that today is the step's day: the dates read naturally.
  const dueDate = addDays(input.today, -moment(name, input.today).offset);
  const { history } = moment(name, dueDate);
  // The currency of the organisation's law, so the penalties letter can be previewed too.
  const jurisdiction = settings.terms?.jurisdiction ?? (language === 'fr' ? 'FR' : 'UK');
  const currency = jurisdiction === 'FR' ? 'EUR' : 'GBP';
  const invoice = { number: 'EX-2026-001', issueDate: addDays(dueDate, -30), dueDate, amount: { value: 1250, currency }, description: language === 'fr' ? 'Prestation d\u2019exemple' : 'Sample service' };
  const channel: Channel = isStepId(name) ? defaultChannels[name] : 'email';
  try {
    const reminder = renderReminder({
      step: { id: name, channel },
      invoices: [invoice],
      client: sampleClients[language],
      sender: settings.sender,
      today: input.today,
      history,
      language,
      ...(settings.terms ? { terms: settings.terms } : {}),
      ...(settings.catalog ? { catalog: settings.catalog } : {}),
      ...(settings.scenario ? { deadlineDays: settings.scenario.deadlineDays, noticeDays: settings.scenario.noticeDays } : {}),
    });
    return { name, reminder };
  } catch (error) {
    if (isRelanceError(error)) return { name, renderError: error };
    throw error;
  }
}
