/**
 * The column headers accounting tools write in an aged balance (balance âgée) export, French and
 * English, folded (lower case, no accents, punctuation as spaces). Data, one header a line: a
 * tool we have not met is added here, not in the reader.
 */
export const columnRoles = ['number', 'client', 'email', 'issueDate', 'dueDate', 'amount', 'balance', 'currency'] as const;

export type ColumnRole = (typeof columnRoles)[number];

export const columnVocabulary: Record<ColumnRole, readonly string[]> = {
  number: [
    'n de facture', 'n facture', 'no facture', 'numero de facture', 'numero facture', 'num facture', 'facture',
    'n piece', 'numero de piece', 'piece', 'ref facture', 'reference facture', 'n document', 'document',
    'invoice number', 'invoice no', 'invoice num', 'invoice', 'inv no', 'inv number', 'document number',
    'doc no', 'transaction number', 'number', 'reference', 'ref',
  ],
  client: [
    'client', 'nom client', 'nom du client', 'raison sociale', 'tiers', 'nom tiers', 'societe', 'debiteur',
    'customer', 'customer name', 'client name', 'company', 'company name', 'account name', 'debtor', 'name',
  ],
  email: [
    'email', 'e mail', 'courriel', 'adresse email', 'adresse e mail', 'email client', 'mail',
    'contact email', 'email address', 'customer email', 'billing email',
  ],
  issueDate: [
    'date', 'date facture', 'date de facture', 'date d emission', 'date emission', 'date piece', 'date de piece',
    'invoice date', 'issue date', 'date issued', 'document date', 'doc date', 'transaction date',
  ],
  dueDate: [
    'echeance', 'date d echeance', 'date echeance', 'date limite de paiement', 'date de reglement prevue',
    'due date', 'due', 'date due', 'payment due', 'payment due date', 'due on',
  ],
  amount: [
    'montant ttc', 'total ttc', 'montant facture', 'montant facture ttc', 'montant', 'montant initial', 'ttc',
    'amount', 'invoice amount', 'invoice total', 'total', 'gross', 'gross amount', 'amount incl vat',
    'total incl vat', 'original amount', 'amount inc vat',
  ],
  balance: [
    'reste du', 'reste a payer', 'reste a regler', 'solde', 'solde du', 'solde restant', 'montant restant',
    'montant du', 'restant du', 'encours', 'balance', 'balance due', 'outstanding', 'amount outstanding',
    'amount due', 'open amount', 'open balance', 'remaining', 'remaining balance', 'unpaid', 'amount remaining',
  ],
  currency: ['devise', 'monnaie', 'currency', 'ccy', 'cur'],
};
