/** How French invoicing tools and accountants label the facts of an invoice mail, folded. */
import type { InvoiceVocabulary } from './invoice-vocabulary';

export const frInvoiceVocabulary: InvoiceVocabulary = {
  invoiceWords: ['factures?', "note d'honoraires", 'facturation'],
  otherDocuments: ['devis', 'avoirs?', 'bons? de commande', 'confirmation de commande', 'proposition commerciale', 'recu de paiement', 'accuse de reception'],
  amountLabels: {
    excl: ['ht', 'h\\.t\\.?', 'hors taxes?', 'hors tva', 'sous-total', 'sous total', 'net ht', 'base ht', 'total ht', 'montant ht'],
    tax: ['tva(?: \\(?\\d+(?:[.,]\\d+)? ?%\\)?)?', 't\\.v\\.a\\.?', 'dont tva', 'taxes?'],
    incl: ['facture de solde', 'ttc', 't\\.t\\.c\\.?', 'toutes taxes comprises', 'total ttc', 'montant ttc', 'net a payer', 'total a payer', 'montant total', 'total'],
    due: ['reste a payer', 'reste a regler', 'reste du', 'restant du', 'restant a payer', 'solde(?: restant)?(?: du| a payer| a regler)?', 'montant restant(?: du)?', 'somme restant due', 'montant du', 'a regler', 'a payer'],
    paid: ['acomptes?(?: verse| recu| regle)?', 'deja (?:regle|paye|verse|percu)', 'paiements? recus?', 'reglements? recus?', 'avoir', 'montant regle', 'montant paye'],
    other: ['remise', 'escompte', 'capital(?: social)?(?: de)?', 'penalites?', 'indemnite forfaitaire(?: de)?'],
  },
  amountSuffixes: { excl: ['ht', 'h\\.t\\.?', 'hors taxes?', 'hors tva'], incl: ['ttc', 't\\.t\\.c\\.?', 'toutes taxes comprises', 'tva comprise', 'tvac'] },
  dateLabels: {
    issue: ['date de (?:la )?facture', 'date de facturation', "date d'emission", 'emise? le', 'etablie? le', 'en date du', 'date', 'facture[^\\n]{0,40} du', 'du'],
    due: [
      'echeance(?: le| au)?',
      "date d'echeance",
      'date limite de (?:paiement|reglement)',
      'payable(?: au plus tard)?(?: le| avant le| jusqu\'au| d\'ici le| pour le)',
      '(?:a regler|a payer|reglement|paiement)(?: au plus tard)?(?: le| avant le| pour le| d\'ici le| jusqu\'au)',
      'au plus tard le',
      'exigible le',
      'avant le',
    ],
    other: ['livraison(?: le| du)?', 'date de livraison', 'periode(?: du)?', 'prestation(?: du| realisee le)?', 'commande(?: du)?', 'intervention(?: du)?', 'au'],
  },
  termsInDays: ['(\\d{1,3}) jours(?: net| nets| date de facture| a compter de la date de facture)?', 'a (\\d{1,3}) jours', 'net a (\\d{1,3}) jours'],
  termsContext: ['paiement', 'reglement', 'regler', 'payer', 'conditions', 'payable', 'echeance', 'net'],
  termsOnReceipt: ['(?:payable|a regler|paiement|reglement|echeance) (?:a|des) reception', 'comptant', 'paiement immediat'],
  ambiguousTerms: ['fin de mois', 'fdm', 'le 10 du mois suivant'],
};
