/** The words of the Today view and the aged-balance import, in French and English. */
import type { Language } from '../../core';

/** French counts 0 and 1 as singular ("0 facture"), English only 1 ("0 invoices"). */
const pluralFr = (count: number, one: string, many: string) => (count < 2 ? one : many);
const pluralEn = (count: number, one: string, many: string) => (count === 1 ? one : many);

const fr = {
  title: 'Aujourd’hui',
  nothing: 'Aucune relance à envoyer aujourd’hui.',
  invoices: (count: number) => `${count}\u00a0${pluralFr(count, 'facture', 'factures')}`,
  daysLate: (days: number) => (days === 0 ? 'échue aujourd’hui' : `${days}\u00a0${pluralFr(days, 'jour', 'jours')} de retard`),
  draft: 'Rédiger la relance',
  draftThanks: 'Rédiger le remerciement',
  drafting: 'Rédaction…',
  drafted: (company: string) => `Brouillon créé pour ${company}.`,
  brokenTitle: 'Promesses non tenues',
  brokenPromise: (date: string) => `paiement promis pour le ${date}`,
  unplannedTitle: 'À compléter',
  loading: 'Lecture des factures suivies…',
  draftSaved: (company: string) => `Brouillon enregistré dans Brouillons pour ${company}\u00a0; la relance est notée dans le journal de chaque facture.`,
  formOpened: (company: string) => `Le message pour ${company} est ouvert, pas encore enregistré\u00a0; la relance est notée dans le journal de chaque facture.`,
  awaitingTitle: 'À confirmer',
  draftAwaiting: (step: string, date: string) => `Brouillon «\u00a0${step}\u00a0» du ${date}\u00a0: envoyé\u00a0?`,
  confirmSent: 'Oui, envoyé',
  paymentAnnounced: (date: string) => `paiement annoncé par le client le ${date}\u00a0: vérifiez vos relevés`,
  markedSent: 'Envoi noté dans le journal.',
  newlyPaid: (count: number) => `${count}\u00a0${pluralFr(count, 'facture soldée', 'factures soldées')}\u00a0: les relances s’arrêtent, le remerciement est proposé ci-dessus.`,
  interrupted: (written: number) => `Import interrompu après ${written}\u00a0${pluralFr(written, 'facture', 'factures')}\u00a0: relancez-le pour le terminer, rien ne sera dupliqué.`,
  contacts: {
    title: 'Contacts à compléter',
    hint: 'La balance âgée ne donne pas le nom de la personne à qui écrire\u00a0: indiquez-le une fois pour toutes les factures du client.',
    summary: (company: string) => `${company}\u00a0: compléter le contact`,
    save: 'Enregistrer le contact',
    saved: (company: string) => `Contact de ${company} enregistré sur chacune de ses factures.`,
  },
  others: {
    title: 'Autres factures ouvertes de ce client',
    hint: 'Les factures cochées sont ajoutées à la même relance, avec un seul total.',
    overdue: (days: number) => `échue depuis ${days}\u00a0${pluralFr(days, 'jour', 'jours')}`,
    notDue: (date: string) => `échéance le ${date}`,
  },
  import: {
    title: 'Importer une balance âgée',
    intro: 'Collez l’export CSV de votre logiciel comptable, ou choisissez le fichier. Les factures déjà suivies sont mises à jour, jamais dupliquées.',
    paste: 'Contenu CSV',
    file: 'Fichier CSV',
    read: 'Lire le fichier',
    columnsTitle: 'Colonnes',
    columnFor: (role: string) => `Colonne «\u00a0${role}\u00a0»`,
    noColumn: '— choisir —',
    currency: 'Devise des montants',
    problemsTitle: (count: number) => `${count}\u00a0${pluralFr(count, 'ligne à corriger', 'lignes à corriger')}`,
    ready: (added: number, updated: number, unchanged: number) => `${added}\u00a0${pluralFr(added, 'nouvelle facture', 'nouvelles factures')}, ${updated}\u00a0${pluralFr(updated, 'mise à jour', 'mises à jour')}, ${unchanged}\u00a0${pluralFr(unchanged, 'inchangée', 'inchangées')}.`,
    confirm: (count: number) => `Suivre ${count}\u00a0${pluralFr(count, 'facture', 'factures')}`,
    done: (added: number, updated: number) => `Import terminé\u00a0: ${added}\u00a0${pluralFr(added, 'facture ajoutée', 'factures ajoutées')}, ${updated}\u00a0${pluralFr(updated, 'mise à jour', 'mises à jour')}.`,
  },
};

/** The French table sets the shape; the English one must match it. */
export type TodayStrings = typeof fr;

const en: TodayStrings = {
  title: 'Today',
  nothing: 'No reminders to send today.',
  invoices: (count) => `${count} ${pluralEn(count, 'invoice', 'invoices')}`,
  daysLate: (days) => (days === 0 ? 'due today' : `${days} ${pluralEn(days, 'day', 'days')} late`),
  draft: 'Draft the reminder',
  draftThanks: 'Draft the thank-you',
  drafting: 'Drafting…',
  drafted: (company) => `Draft created for ${company}.`,
  brokenTitle: 'Broken promises',
  brokenPromise: (date) => `payment promised for ${date}`,
  unplannedTitle: 'To complete',
  loading: 'Reading the followed invoices…',
  draftSaved: (company) => `Draft saved in Drafts for ${company}; the reminder is logged on each invoice.`,
  formOpened: (company) => `The message to ${company} is open, not saved yet; the reminder is logged on each invoice.`,
  awaitingTitle: 'To confirm',
  draftAwaiting: (step, date) => `"${step}" draft of ${date}: sent?`,
  confirmSent: 'Yes, sent',
  paymentAnnounced: (date) => `payment announced by the client on ${date}: check your statements`,
  markedSent: 'Sending logged.',
  newlyPaid: (count) => `${count} ${pluralEn(count, 'invoice', 'invoices')} settled: reminders stop, the thank-you is offered above.`,
  interrupted: (written) => `Import stopped after ${written} ${pluralEn(written, 'invoice', 'invoices')}: run it again to finish, nothing will be duplicated.`,
  contacts: {
    title: 'Contacts to complete',
    hint: 'The aged balance does not name the person to write to: give it once for all of the client’s invoices.',
    summary: (company) => `${company}: complete the contact`,
    save: 'Save the contact',
    saved: (company) => `${company}'s contact saved on each of its invoices.`,
  },
  others: {
    title: "This client's other open invoices",
    hint: 'Ticked invoices go into the same reminder, with one total.',
    overdue: (days) => `${days} ${pluralEn(days, 'day', 'days')} overdue`,
    notDue: (date) => `due on ${date}`,
  },
  import: {
    title: 'Import an aged balance',
    intro: 'Paste the CSV export of your accounting software, or choose the file. Invoices already followed are updated, never duplicated.',
    paste: 'CSV content',
    file: 'CSV file',
    read: 'Read the file',
    columnsTitle: 'Columns',
    columnFor: (role) => `Column "${role}"`,
    noColumn: '— choose —',
    currency: 'Currency of the amounts',
    problemsTitle: (count) => `${count} ${pluralEn(count, 'row to fix', 'rows to fix')}`,
    ready: (added, updated, unchanged) => `${added} new ${pluralEn(added, 'invoice', 'invoices')}, ${updated} updated, ${unchanged} unchanged.`,
    confirm: (count) => `Follow ${count} ${pluralEn(count, 'invoice', 'invoices')}`,
    done: (added, updated) => `Import finished: ${added} ${pluralEn(added, 'invoice', 'invoices')} added, ${updated} updated.`,
  },
};

export const todayStrings: Record<Language, TodayStrings> = { fr, en };
