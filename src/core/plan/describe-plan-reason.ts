/** A plan's reason in words an account manager reads at a glance, in French or English. */
import { formatDate } from '../dates/format-date';
import type { Language } from '../model/language';
import { stepLabels } from '../render/step-labels';
import type { PlanReason } from './plan-reason';

type Describe = { [Code in PlanReason['code']]: (reason: Extract<PlanReason, { code: Code }>) => string };
type DateText = (date: string) => string;

const frDate: DateText = (date) => formatDate(date, 'fr');
const enDate: DateText = (date) => formatDate(date, 'en');

// Built once: a plan is made for every open invoice, every day.
const sentences: Record<Language, Describe> = {
  fr: ((d: DateText): Describe => ({
    'thank-you': (r) => `Paiement reçu le ${d(r.paidOn)}\u00a0: remerciez le client, c’est la relance la plus souvent oubliée.`,
    paid: (r) => (r.paidOn ? `Facture payée le ${d(r.paidOn)}\u00a0: plus aucune relance.` : 'Facture payée\u00a0: plus aucune relance.'),
    'nothing-due': () => 'Plus rien à payer sur cette facture\u00a0: indiquez la date du paiement pour envoyer un remerciement.',
    disputed: (r) => `Litige signalé le ${d(r.disputedOn)}\u00a0: relances arrêtées jusqu’à ce qu’il soit réglé.`,
    'promise-ack': (r) => `Paiement promis pour le ${d(r.promiseDate)}\u00a0: confirmez l’engagement par écrit, il fait preuve.`,
    'promise-pending': (r) =>
      `Paiement promis pour le ${d(r.promiseDate)}\u00a0: relances suspendues jusqu’au ${d(r.resumeOn)} inclus.`,
    'promise-broken': (r) => `Le paiement promis pour le ${d(r.promiseDate)} n’est pas arrivé\u00a0: rappelez l’engagement pris.`,
    'before-preventive': (r) =>
      `Échéance le ${d(r.dueDate)}\u00a0: le message préventif peut partir à partir du ${d(r.from)}, idéalement vers le ${d(r.ideal)}.`,
    preventive: (r) =>
      `${r.daysLeft === 1 ? 'Échéance demain' : `Échéance dans ${r.daysLeft} jours`}\u00a0: vérifiez la satisfaction du client, la bonne réception de la facture et obtenez son engagement de payer à l’échéance.`,
    'preventive-nudge': (r) => `Pas de réponse au message préventif du ${d(r.preventiveOn)}\u00a0: court rappel avant l’échéance du ${d(r.dueDate)}.`,
    'until-due': (r) =>
      r.replied
        ? `Le client a répondu\u00a0: rien à envoyer avant l’échéance du ${d(r.dueDate)}.`
        : `Rien à envoyer avant l’échéance du ${d(r.dueDate)}.`,
    overdue: (r) =>
      `Facture en retard de ${r.daysOverdue} jour${r.daysOverdue > 1 ? 's' : ''}\u00a0: ${stepLabels[r.step].fr}` +
      (r.catchUp ? ", première étape de l’escalade puisqu’aucune relance n’a encore été envoyée." : '.'),
    'not-yet': (r) =>
      r.lastOn
        ? `Dernier envoi le ${d(r.lastOn)}\u00a0: laissons au client le temps d’y répondre avant l’étape suivante.`
        : `La prochaine étape (${stepLabels[r.step].fr}) n’est pas encore due.`,
    'escalation-done': (r) =>
      `Dernière étape (${stepLabels[r.lastStep].fr}) faite le ${d(r.on)}\u00a0: toutes les relances amiables sont faites\u00a0; la suite (action en justice) se décide avec la direction.`,
  }))(frDate),
  en: ((d: DateText): Describe => ({
    'thank-you': (r) => `Payment received on ${d(r.paidOn)}: thank the client (the step most often forgotten).`,
    paid: (r) => (r.paidOn ? `Invoice paid on ${d(r.paidOn)}: no more reminders.` : 'Invoice paid: no more reminders.'),
    'nothing-due': () => 'Nothing left to pay on this invoice: record the payment date to send a thank-you note.',
    disputed: (r) => `Dispute raised on ${d(r.disputedOn)}: reminders stopped until it is settled.`,
    'promise-ack': (r) => `Payment promised for ${d(r.promiseDate)}: confirm the commitment in writing, it is your evidence.`,
    'promise-pending': (r) => `Payment promised for ${d(r.promiseDate)}: reminders paused until ${d(r.resumeOn)} inclusive.`,
    'promise-broken': (r) => `The payment promised for ${d(r.promiseDate)} has not arrived: recall the commitment.`,
    'before-preventive': (r) =>
      `Due on ${d(r.dueDate)}: the courtesy reminder can go from ${d(r.from)}, ideally around ${d(r.ideal)}.`,
    preventive: (r) =>
      `${r.daysLeft === 1 ? 'Due tomorrow' : `Due in ${r.daysLeft} days`}: check the client is satisfied and has the invoice, and ask them to confirm payment on the due date.`,
    'preventive-nudge': (r) => `No answer to the courtesy reminder of ${d(r.preventiveOn)}: a short follow-up before ${d(r.dueDate)}.`,
    'until-due': (r) =>
      r.replied ? `The client has replied: nothing to send before the due date, ${d(r.dueDate)}.` : `Nothing to send before the due date, ${d(r.dueDate)}.`,
    overdue: (r) =>
      `${r.daysOverdue} day${r.daysOverdue > 1 ? 's' : ''} overdue: ${stepLabels[r.step].en}` +
      (r.catchUp ? ', the first step, as no reminder has been sent yet.' : '.'),
    'not-yet': (r) =>
      r.lastOn
        ? `Last sent on ${d(r.lastOn)}: the client still has time to respond before the next step.`
        : `The next step (${stepLabels[r.step].en}) is not due yet.`,
    'escalation-done': (r) =>
      `Last step (${stepLabels[r.lastStep].en}) done on ${d(r.on)}: every amicable step is done; any legal action is for management to decide.`,
  }))(enDate),
};

export function describePlanReason(reason: PlanReason, language: Language): string {
  return (sentences[language][reason.code] as (r: PlanReason) => string)(reason);
}
