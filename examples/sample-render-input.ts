/** The render input the preview, the snapshot test and the bench use for each step: Lumen under French law, Northgate under English law. */
import type { FollowUpHistory, Language, StepId } from '../src/core';
import { type RenderInput } from '../src/core/render/render-input';
import { durand, durandInvoice, harper, harperInvoice, lumen, northgate } from './sample-data';

/** A plausible day and history for each step of the sample invoice (due 16 March 2026). */
const moments: Record<StepId, { today: string; history: FollowUpHistory }> = {
  preventive: { today: '2026-03-09', history: { sent: [] } },
  'preventive-nudge': { today: '2026-03-13', history: { sent: [{ step: 'preventive', on: '2026-03-09' }] } },
  'overdue-1': { today: '2026-03-23', history: { sent: [{ step: 'preventive', on: '2026-03-09' }] } },
  'overdue-2': {
    today: '2026-03-31',
    history: { sent: [{ step: 'preventive', on: '2026-03-09' }, { step: 'overdue-1', on: '2026-03-23' }] },
  },
  'phone-call': {
    today: '2026-04-15',
    history: { sent: [{ step: 'overdue-1', on: '2026-03-23' }, { step: 'overdue-2', on: '2026-03-31' }] },
  },
  'penalties-letter': {
    today: '2026-04-25',
    history: { sent: [{ step: 'overdue-1', on: '2026-03-23' }, { step: 'overdue-2', on: '2026-03-31' }, { step: 'phone-call', on: '2026-04-15' }] },
  },
  'formal-notice': {
    today: '2026-05-05',
    history: {
      sent: [
        { step: 'overdue-1', on: '2026-03-23' },
        { step: 'overdue-2', on: '2026-03-31' },
        { step: 'phone-call', on: '2026-04-15' },
        { step: 'penalties-letter', on: '2026-04-25' },
      ],
    },
  },
  'promise-ack': {
    today: '2026-04-02',
    history: { sent: [{ step: 'overdue-1', on: '2026-03-23' }], repliedOn: '2026-04-02', promise: { date: '2026-04-10', loggedOn: '2026-04-02' } },
  },
  'broken-promise': {
    today: '2026-04-14',
    history: {
      sent: [{ step: 'overdue-1', on: '2026-03-23' }, { step: 'promise-ack', on: '2026-04-02' }],
      promise: { date: '2026-04-10', loggedOn: '2026-04-02', via: 'phone' },
    },
  },
  'thank-you': {
    today: '2026-04-21',
    history: { sent: [{ step: 'overdue-1', on: '2026-03-23' }], paidOn: '2026-04-20', payment: { means: 'virement' } },
  },
};

export function sampleRenderInput(step: StepId, language: Language): RenderInput {
  const { today, history } = moments[step];
  const french = language === 'fr';
  const payment = history.payment && !french ? { ...history.payment, means: 'bank transfer' } : history.payment;
  return {
    step,
    language,
    today,
    invoices: [french ? durandInvoice : harperInvoice],
    client: french ? durand : harper,
    sender: french ? lumen : northgate,
    history: { ...history, ...(payment ? { payment } : {}) },
    // The governing law is a setting of the seller's terms, never guessed from the currency.
    terms: { jurisdiction: french ? 'FR' : 'UK' },
  };
}
