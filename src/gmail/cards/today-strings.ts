/** The words of the Gmail Today sections, the aged-balance import card and a client's other invoices, in French and English. */
import type { Language } from '../../core';

/** French counts 0 and 1 as singular ("0 facture"), English only 1 ("0 invoices"). */
const pluralFr = (count: number, one: string, many: string) => (count < 2 ? one : many);
const pluralEn = (count: number, one: string, many: string) => (count === 1 ? one : many);
const nb = '\u00a0';

const fr = {
  nothing: 'Aucune relance à envoyer aujourd’hui.',
  invoices: (count: number) => `${count}${nb}${pluralFr(count, 'facture', 'factures')}`,
  daysLate: (days: number) => (days === 0 ? 'échue aujourd’hui' : `${days}${nb}${pluralFr(days, 'jour', 'jours')} de retard`),
  notYetDue: 'pas encore échue',
  moreInvoices: (count: number) => `… et ${count}${nb}${pluralFr(count, 'autre facture', 'autres factures')}`,
  draft: 'Rédiger la relance',
  alreadyDrafted: (date: string) => `Brouillon déjà préparé le ${date}, pas encore vu envoyé.`,
  drafted: (company: string, count: number) => `Brouillon créé pour ${company} (${count}${nb}${pluralFr(count, 'facture', 'factures')}), dans vos brouillons.`,
  contactTitle: (company: string) => `Contact chez ${company}`,
  contactIntro: 'La balance âgée ne nomme pas le contact à qui écrire. Complétez-le une fois${nb}: il est gardé pour les factures de ce client.',
  noAddress: (company: string) => `Aucune adresse e-mail pour ${company}${nb}: ouvrez un message de ce client pour la compléter, ou ajoutez une colonne e-mail à l’import.`,
  gone: `Cette relance n’est plus à faire aujourd’hui (déjà rédigée, payée ou modifiée)${nb}: la liste est à jour.`,
  page: (page: number, pages: number, total: number) => `Page ${page}${nb}sur ${pages} · ${total}${nb}${pluralFr(total, 'client', 'clients')}`,
  previous: 'Clients précédents',
  next: 'Clients suivants',
  brokenTitle: 'Promesses non tenues',
  brokenPromise: (date: string) => `paiement promis pour le ${date}`,
  more: (count: number) => `… et ${count}${nb}${pluralFr(count, 'autre', 'autres')}`,
  repliesTitle: 'Réponses à confirmer',
  reply: (date: string) => `réponse du client du ${date}, à lire et confirmer`,
  unplannedTitle: 'À compléter',
  importButton: 'Importer une balance âgée',
  import: {
    title: 'Importer une balance âgée',
    intro:
      'Collez ici l’export CSV de la balance âgée de votre logiciel comptable (ouvrez le fichier dans un éditeur de texte, copiez tout). Les cartes Gmail n’acceptent pas l’envoi de fichiers. Les factures déjà suivies sont mises à jour, jamais dupliquées.',
    paste: 'Contenu CSV',
    read: 'Lire',
    columnsTitle: 'Colonnes à choisir',
    columnFor: (role: string) => `Colonne «${nb}${role}${nb}»`,
    currency: 'Devise des montants',
    noColumn: '— choisir —',
    problemsTitle: (count: number) => `${count}${nb}${pluralFr(count, 'ligne à corriger', 'lignes à corriger')} (non importées)`,
    moreProblems: (count: number) => `… et ${count}${nb}${pluralFr(count, 'autre problème', 'autres problèmes')}`,
    ready: (added: number, updated: number, unchanged: number) =>
      `${added}${nb}${pluralFr(added, 'nouvelle facture', 'nouvelles factures')}, ${updated}${nb}${pluralFr(updated, 'mise à jour', 'mises à jour')}, ${unchanged}${nb}${pluralFr(unchanged, 'inchangée', 'inchangées')}.`,
    confirm: (count: number) => `Suivre ${count}${nb}${pluralFr(count, 'facture', 'factures')}`,
    nothingToImport: `Rien à importer${nb}: aucune ligne nouvelle ou modifiée.`,
    done: (added: number, updated: number) =>
      `Import terminé${nb}: ${added}${nb}${pluralFr(added, 'facture ajoutée', 'factures ajoutées')}, ${updated}${nb}${pluralFr(updated, 'mise à jour', 'mises à jour')}.`,
    tooLong: (characters: string, limit: string) =>
      `Le texte collé fait ${characters}${nb}caractères${nb}: au-delà de ${limit}, ses factures ne tiendraient pas dans le stockage Gmail de Relance. Rien n’a été importé${nb}: importez la balance en plusieurs parties, l’en-tête en tête de chacune.`,
    tooLarge: (neededKb: string, freeKb: string) =>
      `Ces factures demandent ${neededKb}${nb}Ko de stockage Gmail, il en reste ${freeKb}${nb}Ko. Rien n’a été importé${nb}: exportez et archivez les factures soldées, ou importez moins de lignes.`,
    recordTooLarge: (line: number) => `Ligne ${line}${nb}: la facture est trop longue pour être enregistrée dans Gmail (9${nb}Ko au plus). Rien n’a été importé.`,
    keyTaken: (line: number) =>
      `Ligne ${line}${nb}: une facture de ce client porte déjà ce numéro sous une autre écriture du nom. Rien n’a été importé${nb}: corrigez le nom du client dans le fichier.`,
  },
  others: {
    title: 'Autres factures ouvertes de ce client',
    intro: 'Les factures cochées vont dans la même relance, échues et à échoir dans deux parties, avec un seul total.',
    overdue: (date: string) => `échue le ${date}`,
    notDue: (date: string) => `échéance le ${date}`,
  },
  thanks: {
    draft: 'Rédiger le remerciement',
  },
};

/** The French table sets the shape; the English one must match it. */
export type TodayStrings = typeof fr;

const en: TodayStrings = {
  nothing: 'No reminders to send today.',
  invoices: (count) => `${count} ${pluralEn(count, 'invoice', 'invoices')}`,
  daysLate: (days) => (days === 0 ? 'due today' : `${days} ${pluralEn(days, 'day', 'days')} late`),
  notYetDue: 'not yet due',
  moreInvoices: (count) => `… and ${count} more ${pluralEn(count, 'invoice', 'invoices')}`,
  draft: 'Draft the reminder',
  alreadyDrafted: (date) => `Draft already prepared on ${date}, not yet seen sent.`,
  drafted: (company, count) => `Draft created for ${company} (${count} ${pluralEn(count, 'invoice', 'invoices')}), in your Drafts.`,
  contactTitle: (company) => `Contact at ${company}`,
  contactIntro: 'The aged balance does not name the contact to write to. Complete it once: it is kept for the invoices of this client.',
  noAddress: (company) => `No email address for ${company}: open a message from this client to complete it, or add an email column to the import.`,
  gone: 'This reminder is no longer due today (already drafted, paid or changed): the list is up to date.',
  page: (page, pages, total) => `Page ${page} of ${pages} · ${total} ${pluralEn(total, 'client', 'clients')}`,
  previous: 'Previous clients',
  next: 'Next clients',
  brokenTitle: 'Broken promises',
  brokenPromise: (date) => `payment promised for ${date}`,
  more: (count) => `… and ${count} more`,
  repliesTitle: 'Replies to confirm',
  reply: (date) => `client's reply of ${date}, to read and confirm`,
  unplannedTitle: 'To complete',
  importButton: 'Import an aged balance',
  import: {
    title: 'Import an aged balance',
    intro:
      'Paste here the CSV export of the aged balance from your accounting software (open the file in a text editor, copy everything). Gmail cards cannot upload files. Invoices already followed are updated, never duplicated.',
    paste: 'CSV content',
    read: 'Read',
    columnsTitle: 'Columns to choose',
    columnFor: (role) => `Column "${role}"`,
    currency: 'Currency of the amounts',
    noColumn: '— choose —',
    problemsTitle: (count) => `${count} ${pluralEn(count, 'row to fix', 'rows to fix')} (not imported)`,
    moreProblems: (count) => `… and ${count} more ${pluralEn(count, 'problem', 'problems')}`,
    ready: (added, updated, unchanged) => `${added} new ${pluralEn(added, 'invoice', 'invoices')}, ${updated} updated, ${unchanged} unchanged.`,
    confirm: (count) => `Follow ${count} ${pluralEn(count, 'invoice', 'invoices')}`,
    nothingToImport: 'Nothing to import: no new or changed rows.',
    done: (added, updated) => `Import finished: ${added} ${pluralEn(added, 'invoice', 'invoices')} added, ${updated} updated.`,
    tooLong: (characters, limit) =>
      `The pasted text is ${characters} characters long: beyond ${limit}, its invoices would not fit in Relance's Gmail storage. Nothing was imported: import the balance in several parts, each starting with the header line.`,
    tooLarge: (neededKb, freeKb) =>
      `These invoices need ${neededKb} KB of Gmail storage, and ${freeKb} KB are left. Nothing was imported: export and archive the settled invoices, or import fewer rows.`,
    recordTooLarge: (line) => `Line ${line}: the invoice is too long to be stored in Gmail (9 KB at most). Nothing was imported.`,
    keyTaken: (line) => `Line ${line}: an invoice of this client already has this number under another spelling of the name. Nothing was imported: correct the client's name in the file.`,
  },
  others: {
    title: "This client's other open invoices",
    intro: 'The invoices ticked go into the same reminder, overdue and not yet due in two parts, with one total.',
    overdue: (date) => `due on ${date}, overdue`,
    notDue: (date) => `due on ${date}`,
  },
  thanks: {
    draft: 'Draft the thank-you',
  },
};

export const todayStrings: Record<Language, TodayStrings> = { fr, en };
