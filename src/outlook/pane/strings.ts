/** Every word the task pane shows, in French and English. */
import type { FlagResult, Language, LogFilter, MailboxHintCode, PromiseStatus } from '../../core';
import type { SignInOutcome } from '../adapter/naa-token';

export type PaneStrings = {
  /** The pane's level-one heading, for screen readers (Outlook shows the add-in's name above the pane). */
  heading: string;
  tabs: { remind: string; reply: string; log: string };
  tabsLabel: string;
  loading: string;
  /** Shown, with a spinner, while an action runs. */
  busy: string;
  /** The outcome card: what Relance proposes for this invoice, before the data it is built on. */
  card: { invoice: string; invoices: string; amount: string };
  /** The folded form under the card. */
  verify: { toggle: string; missing: (fields: string) => string; fix: string };
  form: { title: string; invoice: string; client: string; optional: string; payments: { title: string; hint: string; add: string; remove: (position: number) => string } };
  plan: { title: string; send: (step: string) => string; wait: string; stop: string; next: (step: string, on: string) => string };
  preview: { title: string; subject: string; cannotWrite: string };
  actions: { createDraft: string; insert: string; flag: string; confirm: string; answer: string; exportCsv: string; retry: string; copyScript: string };
  /** A phone step is a script for the user: never drafted to the client. */
  script: { note: string; copied: string; copyFailed: string };
  draft: { replyAll: string; newMessage: string; insertedSaved: string; insertedUnsaved: string; logged: string };
  flag: { done: (mode: FlagResult['mode'], on: string) => string; hints: Record<MailboxHintCode, string> };
  signIn: { button: string; outcomes: Record<SignInOutcome, string> };
  mobile: { note: string; copy: string; copied: string; copyFailed: string };
  payment: { title: string; date: string; amount: string; record: string; recorded: (date: string) => string; partRecorded: (amount: string, date: string, balance: string) => string };
  reply: {
    title: string;
    intent: string;
    date: string;
    amount: string;
    evidence: string;
    invoices: string;
    confirmed: (date: string) => string;
    recorded: string;
    alreadyConfirmed: (date: string, on: string) => string;
    noInvoice: string;
    answerTitle: string;
    noAnswer: string;
    /** Shown when the reader is unsure: the user picks the reading that gets logged. */
    unsure: string;
  };
  log: {
    title: string;
    promises: string;
    followUps: string;
    empty: string;
    noFollowUps: string;
    headers: { client: string; invoices: string; amount: string; date: string; status: string; step: string };
    statuses: Record<PromiseStatus, string>;
    nearlyFull: (percent: number) => string;
    full: string;
    usage: (used: string, limit: string) => string;
    copy: string;
    copied: string;
    copyFailed: string;
    events: string;
    filter: string;
    filters: Record<LogFilter, string>;
    noEvents: string;
  };
  sent: { question: (step: string, date: string) => string; yes: string; done: (step: string, date: string) => string };
  errors: {
    title: string;
    /** What is intact after a failed action, so the user knows what not to redo. */
    intact: { draft: string; flag: string; flagAfterDraft: string; confirm: string; payment: string };
  };
  /** The reply tab's button, named by what the reader found; none for a reply that commits to nothing. */
  replyNotes: { noCommitment: string; colleague: string; recorded: (what: string, on: string) => string; returnOn: (date: string) => string };
};

const fr: PaneStrings = {
  heading: 'Relance',
  tabs: { remind: 'Relance', reply: 'Réponse du client', log: 'Journal' },
  tabsLabel: 'Vues de Relance',
  loading: 'Lecture du message…',
  busy: 'En cours…',
  card: { invoice: 'Facture', invoices: 'Factures', amount: 'Montant dû' },
  verify: {
    toggle: 'Vérifier les données',
    missing: (fields) => `Il manque des données pour écrire la relance\u00a0: ${fields}. Complétez-les ci-dessous.`,
    fix: 'À compléter',
  },
  form: {
    title: 'Facture',
    invoice: 'Facture',
    client: 'Client',
    optional: 'facultatif',
    payments: {
      title: 'Acomptes reçus',
      hint: 'Avec leur date, les pénalités courent sur le solde restant dû après chaque règlement.',
      add: 'Ajouter un acompte',
      remove: (position) => `Retirer l’acompte ${position}`,
    },
  },
  plan: {
    title: 'Plan de relance',
    send: (step) => `À envoyer maintenant\u00a0: ${step}`,
    wait: 'Rien à envoyer aujourd’hui',
    stop: 'Relances arrêtées',
    next: (step, on) => `Prochaine étape\u00a0: ${step}, le ${on}.`,
  },
  preview: {
    title: 'Aperçu',
    subject: 'Objet\u00a0:',
    cannotWrite: 'La relance ne peut pas encore être rédigée\u00a0:',
  },
  actions: {
    createDraft: 'Créer le brouillon',
    insert: 'Insérer la relance',
    flag: 'Marquer pour suivi',
    confirm: 'Confirmer la promesse',
    answer: 'Préparer la réponse',
    exportCsv: 'Exporter en CSV',
    retry: 'Réessayer',
    copyScript: 'Copier le script',
  },
  script: {
    note: "Cette étape est un appel\u00a0: le texte ci-dessus est votre script, il n’est jamais envoyé au client.",
    copied: 'Le script est copié\u00a0: collez-le dans vos notes.',
    copyFailed: "Le script n’a pas pu être copié\u00a0: sélectionnez-le dans l’aperçu.",
  },
  draft: {
    replyAll: 'Le brouillon est ouvert en réponse à tous, dans le fil de la facture. Relisez-le puis envoyez-le.',
    newMessage: 'Le brouillon est ouvert dans un nouveau message. Relisez-le puis envoyez-le.',
    insertedSaved: 'La relance est insérée dans votre message et le brouillon est enregistré.',
    insertedUnsaved: "La relance est insérée dans votre message, mais le brouillon n’a pas pu être enregistré\u00a0: enregistrez-le vous-même.",
    logged: "L’étape est notée dans le journal.",
  },
  payment: {
    title: 'Paiement reçu',
    date: 'Date du paiement',
    amount: 'Montant reçu',
    record: 'Enregistrer le paiement',
    recorded: (date) => `Paiement du ${date} enregistré\u00a0: les relances s’arrêtent.`,
    partRecorded: (amount, date, balance) => `Acompte de ${amount} du ${date} enregistré\u00a0: les relances continuent pour le reste, ${balance}.`,
  },
  flag: {
    done: (mode, on) =>
      mode === 'flag'
        ? `Message marqué pour suivi, échéance le ${on}.`
        : mode === 'category'
          ? `Catégorie «\u00a0Relance\u00a0» appliquée\u00a0; la date de suivi (${on}) est gardée dans le journal.`
          : `Date de suivi (${on}) gardée dans le journal de Relance.`,
    hints: {
      'graph-not-configured':
        "Pour poser un vrai indicateur de suivi avec échéance, l’administrateur doit renseigner l’identifiant d’application (graph.clientId) dans relance.settings.json.",
      'naa-unsupported':
        "Cette version d’Outlook ne prend pas en charge l’authentification imbriquée (NAA)\u00a0: mettez Outlook à jour pour obtenir des indicateurs avec échéance.",
      'consent-required':
        "Relance n’a pas l’autorisation de modifier vos messages (Mail.ReadWrite)\u00a0: votre administrateur doit donner son consentement.",
      'sign-in-required': 'Pour poser un vrai indicateur de suivi, connectez-vous à votre compte Microsoft avec le bouton «\u00a0Se connecter\u00a0».',
      'shared-mailbox':
        "Ce message est dans une boîte partagée ou déléguée que Relance ne peut pas modifier par Microsoft Graph (Mail.ReadWrite.Shared, et un accès à cette boîte)\u00a0: demandez-les à votre administrateur.",
      mobile: "Outlook sur mobile ne permet pas de poser un indicateur de suivi depuis Relance\u00a0: la date est gardée dans le journal.",
    },
  },
  signIn: {
    button: 'Se connecter',
    outcomes: {
      'signed-in': 'Vous êtes connecté. L’indicateur de suivi est posé de nouveau.',
      'popup-blocked': 'La fenêtre de connexion a été bloquée. Autorisez les fenêtres contextuelles pour Outlook, puis cliquez de nouveau sur «\u00a0Se connecter\u00a0».',
      cancelled: 'La connexion a été annulée\u00a0: rien n’a été modifié. Cliquez sur «\u00a0Se connecter\u00a0» quand vous voudrez.',
      'consent-required': "Votre administrateur doit autoriser Relance (Mail.ReadWrite) pour votre organisation avant que vous puissiez vous connecter.",
      offline: 'Pas de connexion réseau\u00a0: réessayez une fois reconnecté.',
      failed: 'La connexion n’a pas abouti. Réessayez dans un instant\u00a0; si cela se répète, prévenez votre administrateur.',
    },
  },
  mobile: {
    note: 'Sur Outlook mobile, Relance ne peut pas ouvrir de brouillon\u00a0: copiez la relance et collez-la dans votre réponse.',
    copy: 'Copier la relance',
    copied: 'Relance copiée\u00a0: collez-la dans une réponse à tous, relisez-la puis envoyez-la.',
    copyFailed: 'La copie automatique est bloquée ici\u00a0: sélectionnez le texte de l’aperçu et copiez-le.',
  },
  reply: {
    title: 'Ce que répond le client',
    intent: 'Réponse',
    unsure: 'Lecture incertaine\u00a0: choisissez ce que dit le client.',
    date: 'Date promise',
    amount: 'Montant',
    evidence: 'Phrase du client',
    invoices: 'Factures citées',
    confirmed: (date) => `Promesse enregistrée dans le journal\u00a0: paiement attendu le ${date}.`,
    recorded: 'Réponse enregistrée dans le journal.',
    alreadyConfirmed: (date, on) => `Promesse déjà enregistrée le ${on} (paiement attendu le ${date}). La confirmer à nouveau la met à jour sans la dupliquer.`,
    noInvoice: "Aucune facture suivie ne correspond à cette réponse\u00a0: complétez l’onglet Relance d’abord.",
    answerTitle: 'Réponse proposée',
    noAnswer: 'Aucune réponse particulière à envoyer pour ce message.',
  },
  log: {
    title: 'Journal des promesses',
    promises: 'Promesses',
    followUps: 'Relances à faire',
    empty: 'Aucune promesse enregistrée pour le moment.',
    noFollowUps: 'Aucune relance en attente.',
    headers: { client: 'Client', invoices: 'Factures', amount: 'Montant', date: 'Date promise', status: 'Statut', step: 'Étape' },
    statuses: { kept: 'tenue', pending: 'en attente', broken: 'non tenue' },
    nearlyFull: (percent) =>
      `Le journal occupe ${percent} % de l’espace qu’Outlook accorde à Relance. Exportez-le en CSV et archivez les promesses soldées avant qu’il soit plein.`,
    full: "Le journal est plein\u00a0: plus rien ne peut y être ajouté. Exportez-le en CSV puis archivez les promesses soldées.",
    usage: (used, limit) => `Espace utilisé\u00a0: ${used} sur ${limit}.`,
    copy: 'Copier pour un tableur',
    copied: 'Journal copié\u00a0: collez-le dans Excel ou Google Sheets.',
    copyFailed: 'La copie automatique est bloquée ici\u00a0: sélectionnez le texte ci-dessous et copiez-le (Ctrl+C).',
    events: 'Journal de suivi',
    filter: 'Afficher',
    filters: { all: 'tout', reminders: 'les relances et appels', promises: 'les promesses', disputes: 'les contestations', documents: 'les documents demandés', plans: 'les échéanciers demandés', payments: 'les paiements' },
    noEvents: 'Rien dans le journal pour ce choix.',
  },
  sent: {
    question: (step, date) => `Envoyée\u00a0? La ${step} préparée le ${date} est-elle partie\u00a0? Tant que vous ne le confirmez pas, elle ne compte pas comme envoyée.`,
    yes: 'Oui, elle est envoyée',
    done: (step, date) => `${step[0]?.toUpperCase() ?? ''}${step.slice(1)} notée comme envoyée le ${date}.`,
  },
  errors: {
    title: 'Un problème est survenu',
    intact: {
      draft: 'Aucun brouillon n’a été créé et le journal est inchangé.',
      flag: 'Le message n’est pas marqué et le journal est inchangé.',
      flagAfterDraft: 'Le brouillon est prêt\u00a0; le suivi n’a pas pu être posé.',
      confirm: 'Rien n’a été enregistré\u00a0: le journal et le message sont inchangés.',
      payment: 'Le paiement n’est pas enregistré\u00a0: le journal est inchangé.',
    },
  },
  replyNotes: {
    noCommitment: 'Le client ne s’engage à rien\u00a0: rien à enregistrer, les relances continuent.',
    colleague: 'Ce message vient d’un collègue, pas du client\u00a0: rien à enregistrer.',
    recorded: (what, on) => `Réponse déjà enregistrée le ${on} (${what}).`,
    returnOn: (date) => `De retour le ${date}.`,
  },
};

const en: PaneStrings = {
  heading: 'Relance',
  tabs: { remind: 'Reminder', reply: "Client's reply", log: 'Log' },
  tabsLabel: 'Relance views',
  loading: 'Reading the message…',
  busy: 'Working…',
  card: { invoice: 'Invoice', invoices: 'Invoices', amount: 'Amount due' },
  verify: {
    toggle: 'Check the details',
    missing: (fields) => `Some details are missing to write the reminder: ${fields}. Fill them in below.`,
    fix: 'To fill in',
  },
  form: {
    title: 'Invoice',
    invoice: 'Invoice',
    client: 'Client',
    optional: 'optional',
    payments: {
      title: 'Part payments received',
      hint: 'With their dates, interest runs on the balance outstanding after each payment.',
      add: 'Add a part payment',
      remove: (position) => `Remove part payment ${position}`,
    },
  },
  plan: {
    title: 'Reminder plan',
    send: (step) => `To send now: ${step}`,
    wait: 'Nothing to send today',
    stop: 'Reminders stopped',
    next: (step, on) => `Next step: ${step}, on ${on}.`,
  },
  preview: { title: 'Preview', subject: 'Subject:', cannotWrite: 'The reminder cannot be written yet:' },
  actions: {
    createDraft: 'Create draft',
    insert: 'Insert reminder',
    flag: 'Flag for follow-up',
    confirm: 'Confirm promise',
    answer: 'Prepare the answer',
    exportCsv: 'Export as CSV',
    retry: 'Try again',
    copyScript: 'Copy the script',
  },
  script: {
    note: 'This step is a phone call: the text above is your script, and it is never sent to the client.',
    copied: 'The script is copied: paste it into your notes.',
    copyFailed: 'The script could not be copied: select it in the preview.',
  },
  draft: {
    replyAll: "The draft is open as a reply to all, in the invoice's thread. Review it, then send it.",
    newMessage: 'The draft is open in a new message. Review it, then send it.',
    insertedSaved: 'The reminder is in your message and the draft is saved.',
    insertedUnsaved: 'The reminder is in your message, but the draft could not be saved: save it yourself.',
    logged: 'The step is recorded in the log.',
  },
  payment: {
    title: 'Payment received',
    date: 'Payment date',
    amount: 'Amount received',
    record: 'Record the payment',
    recorded: (date) => `Payment of ${date} recorded: the reminders stop.`,
    partRecorded: (amount, date, balance) => `Part payment of ${amount} on ${date} recorded: the reminders go on for the ${balance} left.`,
  },
  flag: {
    done: (mode, on) =>
      mode === 'flag'
        ? `Message flagged for follow-up, due ${on}.`
        : mode === 'category'
          ? `"Relance" category applied; the follow-up date (${on}) is kept in the log.`
          : `Follow-up date (${on}) kept in the Relance log.`,
    hints: {
      'graph-not-configured': 'For a real follow-up flag with a due date, your administrator must set the application id (graph.clientId) in relance.settings.json.',
      'naa-unsupported': 'This version of Outlook does not support nested app authentication (NAA): update Outlook to get flags with due dates.',
      'consent-required': 'Relance is not allowed to update your messages (Mail.ReadWrite): your administrator must grant consent.',
      'sign-in-required': 'For a real follow-up flag, sign in to your Microsoft account with the "Sign in" button.',
      'shared-mailbox':
        'This message is in a shared or delegated mailbox that Relance cannot update through Microsoft Graph (Mail.ReadWrite.Shared, and access to that mailbox): ask your administrator.',
      mobile: 'Outlook mobile does not let Relance set a follow-up flag: the date is kept in the log.',
    },
  },
  signIn: {
    button: 'Sign in',
    outcomes: {
      'signed-in': 'You are signed in. The follow-up flag is being set again.',
      'popup-blocked': 'The sign-in window was blocked. Allow pop-ups for Outlook, then click "Sign in" again.',
      cancelled: 'Sign-in was cancelled: nothing was changed. Click "Sign in" whenever you are ready.',
      'consent-required': 'Your administrator must allow Relance (Mail.ReadWrite) for your organisation before you can sign in.',
      offline: 'No network connection: try again once you are back online.',
      failed: 'Sign-in did not complete. Try again in a moment; if it keeps failing, tell your administrator.',
    },
  },
  mobile: {
    note: 'On Outlook mobile, Relance cannot open a draft: copy the reminder and paste it into your reply.',
    copy: 'Copy the reminder',
    copied: 'Reminder copied: paste it into a reply to all, review it, then send it.',
    copyFailed: 'Copying is blocked here: select the text of the preview and copy it.',
  },
  reply: {
    title: 'What the client says',
    intent: 'Reply',
    unsure: 'Unsure reading: choose what the client says.',
    date: 'Promised date',
    amount: 'Amount',
    evidence: "Client's words",
    invoices: 'Invoices quoted',
    confirmed: (date) => `Promise recorded in the log: payment expected on ${date}.`,
    recorded: 'Reply recorded in the log.',
    alreadyConfirmed: (date, on) => `Promise already recorded on ${on} (payment expected on ${date}). Confirming again updates it without a duplicate.`,
    noInvoice: 'No followed invoice matches this reply: fill in the Reminder tab first.',
    answerTitle: 'Suggested answer',
    noAnswer: 'No particular answer to send for this message.',
  },
  log: {
    title: 'Promise log',
    promises: 'Promises',
    followUps: 'Follow-ups due',
    empty: 'No promise recorded yet.',
    noFollowUps: 'No follow-up due.',
    headers: { client: 'Client', invoices: 'Invoices', amount: 'Amount', date: 'Promised date', status: 'Status', step: 'Step' },
    statuses: { kept: 'kept', pending: 'pending', broken: 'broken' },
    nearlyFull: (percent) => `The log uses ${percent}% of the space Outlook gives Relance. Export it as CSV and archive settled promises before it is full.`,
    full: 'The log is full: nothing more can be added. Export it as CSV, then archive settled promises.',
    usage: (used, limit) => `Space used: ${used} of ${limit}.`,
    copy: 'Copy for a spreadsheet',
    copied: 'Log copied: paste it into Excel or Google Sheets.',
    copyFailed: 'Copying is blocked here: select the text below and copy it (Ctrl+C).',
    events: 'Follow-up log',
    filter: 'Show',
    filters: { all: 'everything', reminders: 'reminders and calls', promises: 'promises', disputes: 'disputes', documents: 'documents asked for', plans: 'payment plans asked for', payments: 'payments' },
    noEvents: 'Nothing in the log for this choice.',
  },
  sent: {
    question: (step, date) => `Sent? Did the ${step} prepared on ${date} go out? Until you confirm it, it does not count as sent.`,
    yes: 'Yes, it was sent',
    done: (step, date) => `${step[0]?.toUpperCase() ?? ''}${step.slice(1)} logged as sent on ${date}.`,
  },
  errors: {
    title: 'Something went wrong',
    intact: {
      draft: 'No draft was created and the log is unchanged.',
      flag: 'The message is not flagged and the log is unchanged.',
      flagAfterDraft: 'The draft is ready; the follow-up could not be set.',
      confirm: 'Nothing was recorded: the log and the message are unchanged.',
      payment: 'The payment is not recorded: the log is unchanged.',
    },
  },
  replyNotes: {
    noCommitment: 'The client commits to nothing: nothing to record, the reminders go on.',
    colleague: 'This message is from a colleague, not the client: nothing to record.',
    recorded: (what, on) => `Reply already recorded on ${on} (${what}).`,
    returnOn: (date) => `Back on ${date}.`,
  },
};

export const paneStrings: Record<Language, PaneStrings> = { fr, en };

/** Outlook's display language decides: French for any "fr-*", English otherwise. */
export function paneLanguage(displayLanguage: string | undefined): Language {
  return displayLanguage?.toLowerCase().startsWith('fr') ? 'fr' : 'en';
}
