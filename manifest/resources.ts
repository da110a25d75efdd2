/** The manifest's words, French first (the default locale) with the English override. */
export type LocalizedText = { fr: string; en: string };

export const manifestStrings = {
  displayName: { fr: 'Relance', en: 'Relance' },
  description: {
    fr: 'Rédige les relances de factures impayées depuis votre boîte mail et tient le journal des promesses de paiement.',
    en: 'Writes payment reminders for unpaid invoices from your own mailbox and keeps a log of payment promises.',
  },
} satisfies Record<string, LocalizedText>;

/** Short strings (125 characters at most), by resource id. */
export const shortStrings: Record<string, LocalizedText> = {
  'Group.Label': { fr: 'Relance', en: 'Relance' },
  'Remind.Label': { fr: 'Relancer', en: 'Remind' },
  'Confirm.Label': { fr: 'Confirmer la promesse', en: 'Confirm promise' },
  'Insert.Label': { fr: 'Insérer une relance', en: 'Insert reminder' },
};

/** Long strings (250 characters at most), by resource id. */
export const longStrings: Record<string, LocalizedText> = {
  'Remind.Tip': {
    fr: 'Lit la facture de ce fil, indique l’étape de relance due et prépare le message.',
    en: 'Reads the invoice in this thread, tells you which reminder is due and prepares it.',
  },
  'Confirm.Tip': {
    fr: 'Lit la réponse du client et enregistre sa promesse de paiement dans le journal.',
    en: "Reads the client's reply and records the payment promise in the log.",
  },
  'Insert.Tip': {
    fr: 'Insère la relance due dans ce brouillon, sans toucher au fil cité.',
    en: 'Inserts the reminder due into this draft, leaving the quoted thread as it is.',
  },
};
