/** The legal references and consequences a reminder cites, per jurisdiction and language. */
import type { Language } from '../model/language';
import type { Jurisdiction } from '../model/penalty-terms';

export type LawTexts = {
  penaltiesBasis: string;
  indemnityBasis: string;
  noticeBasis: string;
  nextStep: string;
  deliveryMention: string;
  noticeDays: number;
  protocolNote: string | undefined;
};

export const lawTexts: Record<Jurisdiction, Record<Language, LawTexts>> = {
  FR: {
    fr: {
      penaltiesBasis: "l'article L441-10 du Code de commerce",
      indemnityBasis: 'les articles L441-10 et D441-5 du Code de commerce',
      noticeBasis: 'les articles 1344 et 1344-1 du Code civil',
      nextStep:
        "saisir la juridiction compétente d'une requête en injonction de payer, ou engager la procédure simplifiée de recouvrement des petites créances par l'intermédiaire d'un commissaire de justice",
      deliveryMention: 'Lettre recommandée avec accusé de réception',
      noticeDays: 8,
      protocolNote: undefined,
    },
    en: {
      penaltiesBasis: 'Article L441-10 of the French Commercial Code (Code de commerce)',
      indemnityBasis: 'Articles L441-10 and D441-5 of the French Commercial Code',
      noticeBasis: 'Articles 1344 and 1344-1 of the French Civil Code',
      nextStep:
        'apply to the competent court for an order for payment (injonction de payer), or use the simplified recovery procedure for small claims through a commissaire de justice',
      deliveryMention: 'By registered letter with acknowledgement of receipt',
      noticeDays: 8,
      protocolNote: undefined,
    },
  },
  UK: {
    en: {
      penaltiesBasis: 'the Late Payment of Commercial Debts (Interest) Act 1998',
      indemnityBasis: 'section 5A of the Late Payment of Commercial Debts (Interest) Act 1998',
      noticeBasis: 'the Practice Direction on Pre-Action Conduct and Protocols',
      nextStep: 'issue a claim against you in the County Court',
      deliveryMention: 'By recorded delivery',
      noticeDays: 14,
      protocolNote:
        'If you are a sole trader or an individual rather than a company, please tell us at once: the Pre-Action Protocol for Debt Claims then applies, and we will send you the information sheet and reply form it requires, with 30 days to respond.',
    },
    fr: {
      penaltiesBasis: 'la loi britannique Late Payment of Commercial Debts (Interest) Act 1998',
      indemnityBasis: "l'article 5A de la loi Late Payment of Commercial Debts (Interest) Act 1998",
      noticeBasis: 'les règles britanniques de conduite préalable à toute action (Practice Direction on Pre-Action Conduct)',
      nextStep: 'engager une action en paiement devant la County Court',
      deliveryMention: 'Lettre recommandée (Recorded Delivery)',
      noticeDays: 14,
      protocolNote:
        "Si vous êtes un entrepreneur individuel ou un particulier, merci de nous le signaler sans délai : le Pre-Action Protocol for Debt Claims s'applique alors, et nous vous adresserons les documents et le formulaire de réponse qu'il prévoit, avec un délai de 30 jours.",
    },
  },
};
