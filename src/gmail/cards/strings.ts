/** Every word the cards show, in French and English: data, not code. */
import type { Language } from '../../core';
import type { LogFilter, ReplyIntent } from '../../core';

export type Strings = {
  appName: string;
  invoiceSection: string;
  planSection: string;
  previewSection: string;
  subject: string;
  step: string;
  nextStep: string;
  nothingToSend: string;
  stopped: string;
  on: (date: string) => string;
  channelNote: { phone: string; letter: string };
  noReminder: string;
  fixFields: string;
  payments: { note: string };
  outcome: {
    /** "45 jours de retard", "échéance demain"… */
    lateness: (days: number) => string;
    /** Why the proposal cannot be made yet, the fields named. */
    missing: (fields: string) => string;
    check: string;
  };
  buttons: {
    preview: string;
    createDraft: string;
    flag: string;
    /** The confirm button, named by what the reply was read as; none for a reply that commits to nothing. */
    /** Only when the reader is unsure and "no commitment" is one of the two readings: the user may pick it. */
    noCommitment: string;
    createAnswer: string;
    insert: string;
    export: string;
    promiseLog: string;
    openDraft: string;
    recordPayment: string;
  };
  draftReady: { title: string; logged: (step: string, date: string) => string; notification: string };
  paidOn: string;
  paidAmount: string;
  paymentRecorded: (date: string) => string;
  partPaymentRecorded: (amount: string, date: string, balance: string) => string;
  flagged: (date: string) => string;
  nothingToFlag: string;
  reply: {
    title: string;
    intent: string;
    notes: Record<ReplyIntent, string>;
    date: string;
    amount: string;
    evidence: string;
    invoice: string;
    returnOn: (date: string) => string;
    /** The reader is unsure: the user picks the reading to record. */
    unsure: string;
    /** A reply already in the log: what was recorded, and when. */
    alreadyPromised: (date: string, on: string) => string;
    alreadyRecorded: (what: string, on: string) => string;
  };
  confirmed: {
    title: string;
    promise: (date: string) => string;
    paid: (date: string) => string;
    dispute: string;
    outOfOffice: (date: string) => string;
    noted: string;
    answer: string;
    noAnswer: string;
    notification: string;
  };
  home: {
    title: string;
    promises: string;
    noPromises: string;
    due: string;
    nothingDue: string;
    counts: (kept: number, pending: number, broken: number) => string;
    status: Record<'kept' | 'pending' | 'broken', string>;
    storage: (usedKb: string, limitKb: string) => string;
    nearlyFull: string;
    full: string;
    log: string;
    filters: Record<LogFilter, string>;
    noEvents: string;
    page: (page: number, pages: number, total: number) => string;
    previous: string;
    next: string;
    morePromises: (count: number) => string;
  };
  compose: {
    title: string;
    followed: string;
    newInvoice: string;
    noneFollowed: string;
    /** Why nothing is chosen yet: Gmail does not show the add-on whom the draft is to. */
    pick: string;
  };
  export: { subject: (date: string) => string; body: string; fileName: (date: string) => string; notification: string };
  error: { title: string; retry: string };
};

export const strings: Record<Language, Strings> = {
  fr: {
    appName: 'Relance',
    invoiceSection: 'Facture et client',
    planSection: 'Plan de relance',
    previewSection: 'Aperçu',
    subject: 'Objet',
    step: 'Étape',
    nextStep: 'Étape suivante',
    nothingToSend: "Rien à envoyer aujourd’hui",
    stopped: 'Relances arrêtées',
    on: (date) => `le ${date}`,
    channelNote: {
      phone: "Cette étape est un appel\u00a0: le texte ci-dessous est votre script, pour vous seul\u00a0; il n’est jamais envoyé au client.",
      letter: 'Cette étape est un courrier\u00a0: imprimez-le et envoyez-le (en recommandé avec accusé de réception pour une mise en demeure).',
    },
    noReminder: "Aucune relance à rédiger aujourd’hui.",
    fixFields: 'Corrigez les champs signalés, puis mettez à jour.',
    outcome: {
      lateness: (days) =>
        days > 1 ? `${days}\u00a0jours de retard` : days === 1 ? '1\u00a0jour de retard' : days === 0 ? 'échéance aujourd’hui' : days === -1 ? 'échéance demain' : `échéance dans ${-days}\u00a0jours`,
      missing: (fields) => `Relance ne peut rien proposer tant qu’il manque\u00a0: ${fields}. Complétez les données ci-dessous.`,
      check: 'Vérifier les données',
    },
    payments: {
      note: "Avec leur date, les pénalités courent sur le solde restant dû après chaque règlement. Remplissez la ligne vide pour ajouter un acompte\u00a0; videz sa date et son montant pour le retirer.",
    },
    buttons: {
      preview: "Mettre à jour l’aperçu",
      createDraft: 'Créer le brouillon',
      flag: 'Marquer pour suivi',
      noCommitment: 'Noter la réponse, sans engagement',
      createAnswer: 'Créer la réponse',
      insert: 'Insérer la relance',
      export: 'Exporter le journal (CSV)',
      promiseLog: 'Journal des promesses',
      openDraft: 'Ouvrir le brouillon',
      recordPayment: 'Enregistrer le paiement',
    },
    draftReady: {
      title: 'Étape consignée',
      logged: (step, date) => `L’étape «\u00a0${step}\u00a0» est consignée au journal le ${date}. Ouvrez le brouillon pour le relire et l’envoyer vous-même\u00a0: rien ne part sans vous.`,
      notification: `Étape consignée\u00a0: ouvrez le brouillon pour le relire.`,
    },
    paidOn: 'Paiement reçu le',
    paidAmount: 'Montant reçu',
    paymentRecorded: (date) => `Paiement du ${date} enregistré\u00a0: les relances s’arrêtent.`,
    partPaymentRecorded: (amount, date, balance) => `Acompte de ${amount} du ${date} enregistré\u00a0: les relances continuent pour le reste, ${balance}.`,
    flagged: (date) => `Conversation marquée pour suivi (Relance/À suivre)\u00a0: prochaine action le ${date}.`,
    nothingToFlag: 'Les relances sont arrêtées pour cette facture\u00a0: rien à suivre.',
    reply: {
      title: 'Réponse du client',
      intent: 'Ce que dit le client',
      notes: {
        promise: "Vérifiez la date, puis confirmez\u00a0: les relances s’arrêtent jusqu’à cette date.",
        paid: 'Les relances sont suspendues le temps de vérifier le paiement.',
        dispute: "Un litige arrête les relances jusqu’à ce qu’il soit réglé.",
        'missing-documents': 'Renvoyez la facture et vos coordonnées bancaires\u00a0: les relances continuent.',
        'payment-plan': 'Une personne doit décider\u00a0: proposez un échéancier par écrit.',
        'out-of-office': "Ce n’est pas une promesse\u00a0: Relance réessaiera au retour de votre contact.",
        'no-commitment': 'Pas de date ni de montant\u00a0: les relances continuent.',
      },
      date: 'Date promise',
      amount: 'Montant promis',
      evidence: 'Citation',
      invoice: 'Facture concernée',
      returnOn: (date) => `De retour le ${date}`,
      unsure: 'Relance hésite entre deux lectures de cette réponse\u00a0: choisissez celle qui est juste.',
      alreadyPromised: (date, on) => `Promesse déjà enregistrée le ${on} (paiement attendu le ${date})\u00a0: l’enregistrer à nouveau la met à jour, sans doublon.`,
      alreadyRecorded: (what, on) => `Réponse déjà enregistrée au journal («\u00a0${what}\u00a0», reçue le ${on}).`,
    },
    confirmed: {
      title: 'Réponse enregistrée',
      promise: (date) => `Promesse de paiement enregistrée pour le ${date}. La conversation est classée sous Relance/Promesse.`,
      paid: (date) => `Paiement annoncé\u00a0: relances suspendues jusqu’au ${date}, le temps de le vérifier.`,
      dispute: 'Litige enregistré\u00a0: les relances sont arrêtées.',
      outOfOffice: (date) => `Absence notée\u00a0: prochaine tentative le ${date}.`,
      noted: 'Réponse du client notée.',
      answer: 'Réponse proposée',
      noAnswer: "Aucun modèle de réponse pour ce cas\u00a0: répondez à votre façon.",
      notification: 'Réponse enregistrée dans le journal.',
    },
    home: {
      title: 'Journal des promesses',
      promises: 'Promesses de paiement',
      noPromises: 'Aucune promesse enregistrée pour le moment.',
      due: "À relancer aujourd’hui",
      nothingDue: "Rien à relancer aujourd’hui.",
      counts: (kept, pending, broken) => `${kept} tenue${kept > 1 ? 's' : ''} · ${pending} en attente · ${broken} non tenue${broken > 1 ? 's' : ''}`,
      status: { kept: 'tenue', pending: 'en attente', broken: 'non tenue' },
      storage: (used, limit) => `Stockage du journal\u00a0: ${used}\u00a0Ko sur ${limit}\u00a0Ko.`,
      nearlyFull:
        "Le journal approche de la limite de stockage de Gmail\u00a0: exportez-le en CSV, puis archivez les promesses soldées avant qu’il soit plein.",
      full: "Le journal est plein\u00a0: exportez-le en CSV et archivez les promesses soldées\u00a0; rien de nouveau ne peut y être enregistré.",
      log: 'Journal',
      filters: { all: 'Tout', reminders: 'Relances', promises: 'Promesses', disputes: 'Contestations', documents: 'Documents', plans: 'Échéanciers', payments: 'Paiements' },
      noEvents: 'Rien dans le journal pour ce filtre.',
      page: (page, pages, total) => `Page ${page}\u00a0sur ${pages} · ${total} événement${total > 1 ? 's' : ''}`,
      previous: 'Précédents',
      next: 'Suivants',
      morePromises: (count) => `… et ${count} autre${count > 1 ? 's' : ''} promesse${count > 1 ? 's' : ''} dans le journal ci-dessous (filtre «\u00a0Promesses\u00a0»).`,
    },
    compose: {
      title: 'Insérer une relance',
      followed: 'Facture suivie',
      newInvoice: 'Nouvelle facture',
      noneFollowed: 'Aucune facture suivie\u00a0: remplissez la facture ci-dessous.',
      pick: `Choisissez la facture à relancer, ou remplissez-la ci-dessous\u00a0: Relance ne voit pas les destinataires de ce brouillon.`,
    },
    export: {
      subject: (date) => `Journal des promesses de paiement au ${date}`,
      body: 'Le journal des promesses de paiement Relance est joint au format CSV (séparateur point-virgule).',
      fileName: (date) => `relance-promesses-${date}.csv`,
      notification: 'Brouillon créé avec le journal en pièce jointe.',
    },
    error: { title: 'Relance\u00a0: action impossible', retry: "Réessayez\u00a0; si l’erreur persiste, transmettez ce message à votre administrateur." },
  },
  en: {
    appName: 'Relance',
    invoiceSection: 'Invoice and client',
    planSection: 'Reminder plan',
    previewSection: 'Preview',
    subject: 'Subject',
    step: 'Step',
    nextStep: 'Next step',
    nothingToSend: 'Nothing to send today',
    stopped: 'Reminders stopped',
    on: (date) => `on ${date}`,
    channelNote: {
      phone: 'This step is a phone call: the text below is your script, for you alone; it is never sent to the client.',
      letter: 'This step is a letter: print it and post it (by recorded delivery for a formal notice).',
    },
    noReminder: 'No reminder to write today.',
    fixFields: 'Correct the fields marked, then update.',
    outcome: {
      lateness: (days) =>
        days > 1 ? `${days} days late` : days === 1 ? '1 day late' : days === 0 ? 'due today' : days === -1 ? 'due tomorrow' : `due in ${-days} days`,
      missing: (fields) => `Relance cannot propose anything until it has: ${fields}. Complete the data below.`,
      check: 'Check the data',
    },
    payments: {
      note: 'With their dates, interest runs on the balance outstanding after each payment. Fill in the empty line to add one; clear its date and amount to remove it.',
    },
    buttons: {
      preview: 'Update preview',
      createDraft: 'Create draft',
      flag: 'Flag for follow-up',
      noCommitment: 'Note the reply, no commitment',
      createAnswer: 'Create answer draft',
      insert: 'Insert reminder',
      export: 'Export the log (CSV)',
      promiseLog: 'Promise log',
      openDraft: 'Open the draft',
      recordPayment: 'Record the payment',
    },
    draftReady: {
      title: 'Step logged',
      logged: (step, date) => `The step “${step}” was logged on ${date}. Open the draft to review it and send it yourself: nothing goes out without you.`,
      notification: 'Step logged: open the draft to review it.',
    },
    paidOn: 'Payment received on',
    paidAmount: 'Amount received',
    paymentRecorded: (date) => `Payment of ${date} recorded: the reminders stop.`,
    partPaymentRecorded: (amount, date, balance) => `Part payment of ${amount} on ${date} recorded: the reminders go on for the ${balance} left.`,
    flagged: (date) => `Conversation flagged for follow-up (Relance/À suivre): next action on ${date}.`,
    nothingToFlag: 'Reminders are stopped for this invoice: nothing to follow up.',
    reply: {
      title: "Client's reply",
      intent: 'What the client says',
      notes: {
        promise: 'Check the date, then confirm: reminders pause until that date.',
        paid: 'Reminders pause while the payment is checked.',
        dispute: 'A dispute stops the reminders until it is settled.',
        'missing-documents': 'Send the invoice and your bank details again: reminders continue.',
        'payment-plan': 'Someone must decide: propose a schedule in writing.',
        'out-of-office': 'Not a promise: Relance will try again when your contact is back.',
        'no-commitment': 'No date or amount: reminders continue.',
      },
      date: 'Promised date',
      amount: 'Promised amount',
      evidence: 'Quote',
      invoice: 'Invoice',
      returnOn: (date) => `Back on ${date}`,
      unsure: 'Relance is unsure how to read this reply: pick the right reading.',
      alreadyPromised: (date, on) => `Promise already recorded on ${on} (payment expected on ${date}): recording it again updates it, without a duplicate.`,
      alreadyRecorded: (what, on) => `Reply already in the log (“${what}”, received on ${on}).`,
    },
    confirmed: {
      title: 'Reply logged',
      promise: (date) => `Promise to pay logged for ${date}. The conversation is filed under Relance/Promesse.`,
      paid: (date) => `Payment announced: reminders paused until ${date} while it is checked.`,
      dispute: 'Dispute logged: reminders are stopped.',
      outOfOffice: (date) => `Absence noted: next attempt on ${date}.`,
      noted: "Client's reply noted.",
      answer: 'Suggested answer',
      noAnswer: 'No answer template for this case: reply in your own words.',
      notification: 'Reply logged.',
    },
    home: {
      title: 'Promise log',
      promises: 'Payment promises',
      noPromises: 'No promise logged yet.',
      due: 'Follow-ups due',
      nothingDue: 'Nothing due today.',
      counts: (kept, pending, broken) => `${kept} kept · ${pending} pending · ${broken} broken`,
      status: { kept: 'kept', pending: 'pending', broken: 'broken' },
      storage: (used, limit) => `Log storage: ${used} KB of ${limit} KB.`,
      nearlyFull: "The log is nearing Gmail's storage limit: export it as CSV, then archive settled promises before it is full.",
      full: 'The log is full: export it as CSV and archive settled promises; nothing new can be logged.',
      log: 'Log',
      filters: { all: 'All', reminders: 'Reminders', promises: 'Promises', disputes: 'Disputes', documents: 'Documents', plans: 'Payment plans', payments: 'Payments' },
      noEvents: 'Nothing in the log for this filter.',
      page: (page, pages, total) => `Page ${page} of ${pages} · ${total} event${total === 1 ? '' : 's'}`,
      previous: 'Previous',
      next: 'Next',
      morePromises: (count) => `… and ${count} more promise${count === 1 ? '' : 's'} in the log below ("Promises" filter).`,
    },
    compose: {
      title: 'Insert reminder',
      followed: 'Followed invoice',
      newInvoice: 'New invoice',
      noneFollowed: 'No invoice followed yet: fill in the invoice below.',
      pick: 'Pick the invoice to chase, or fill it in below: Relance cannot see whom this draft is to.',
    },
    export: {
      subject: (date) => `Payment promise log, ${date}`,
      body: 'The Relance payment promise log is attached as CSV.',
      fileName: (date) => `relance-promises-${date}.csv`,
      notification: 'Draft created with the log attached.',
    },
    error: { title: 'Relance: this could not be done', retry: 'Try again; if the error persists, pass this message on to your administrator.' },
  },
};
