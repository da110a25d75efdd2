/** The legal references and consequences a reminder cites, per jurisdiction and language. */
import type { Language } from '../model/language';
import type { Jurisdiction } from '../model/penalty-terms';
import type { RateBasis } from '../penalties/period-rate';

export type LawTexts = {
  penaltiesBasis: string;
  indemnityBasis: string;
  noticeBasis: string;
  deliveryMention: string;
  /** How the rate is set, after "au taux" / "at": one phrase per kind of rate; `{multiple}` reads "trois fois" / "three times". */
  rateBasis: Record<RateBasis, string>;
  /** What follows an unanswered formal notice; France offers the small-claims procedure only up to its ceiling. */
  nextStep: string;
  nextStepSmallClaim: string;
  noticeDays: number;
};

/** The simplified recovery procedure for small claims exists only up to 5,000 € (Code des procédures civiles d'exécution, L125-1 and R125-1). */
export const smallClaimCeiling = { value: 5000, currency: 'EUR' };

const frenchCourtFr = "saisir la juridiction compétente d’une requête en injonction de payer ou à vous assigner en paiement";
const frenchCourtEn = 'apply to the competent court for an order for payment (injonction de payer) or bring proceedings against you for payment';

export const lawTexts: Record<Jurisdiction, Record<Language, LawTexts>> = {
  FR: {
    fr: {
      penaltiesBasis: "l’article L441-10 du Code de commerce",
      indemnityBasis: 'les articles L441-10 et D441-5 du Code de commerce',
      noticeBasis: 'les articles 1344 et 1344-1 du Code civil',
      deliveryMention: 'Lettre recommandée avec accusé de réception',
      rateBasis: {
        statutory: 'de refinancement de la Banque centrale européenne en vigueur au premier jour du semestre, majoré de 10 points',
        contractual: 'prévu par nos conditions générales de vente',
        'legal-rate-multiple': "égal à {multiple} le taux d’intérêt légal de chaque semestre, comme le prévoient nos conditions générales de vente",
        'public-body':
          "de refinancement de la Banque centrale européenne en vigueur au premier jour du semestre au cours duquel les intérêts ont commencé à courir, majoré de 8 points (article R2192-31 du Code de la commande publique)",
      },
      nextStep: frenchCourtFr,
      nextStepSmallClaim:
        "engager la procédure simplifiée de recouvrement des petites créances par l’intermédiaire d’un commissaire de justice, ou à saisir la juridiction compétente d’une requête en injonction de payer",
      noticeDays: 8,
    },
    en: {
      penaltiesBasis: 'Article L441-10 of the French Commercial Code (Code de commerce)',
      indemnityBasis: 'Articles L441-10 and D441-5 of the French Commercial Code',
      noticeBasis: 'Articles 1344 and 1344-1 of the French Civil Code',
      deliveryMention: 'By registered letter with acknowledgement of receipt',
      rateBasis: {
        statutory: "the European Central Bank's main refinancing rate on the first day of each half-year, plus 10 percentage points",
        contractual: 'the rate set in our terms and conditions of sale',
        'legal-rate-multiple': '{multiple} the French legal interest rate of each half-year, as our terms and conditions provide',
        'public-body':
          "the European Central Bank's main refinancing rate on the first day of the half-year in which interest began to run, plus 8 percentage points (Article R2192-31 of the French Public Procurement Code)",
      },
      nextStep: frenchCourtEn,
      nextStepSmallClaim: `use the simplified recovery procedure for small claims through a commissaire de justice, or ${frenchCourtEn}`,
      noticeDays: 8,
    },
  },
  UK: {
    en: {
      penaltiesBasis: 'the Late Payment of Commercial Debts (Interest) Act 1998',
      indemnityBasis: 'section 5A of the Late Payment of Commercial Debts (Interest) Act 1998',
      noticeBasis: 'the Practice Direction on Pre-Action Conduct and Protocols',
      deliveryMention: 'By recorded delivery',
      rateBasis: {
        statutory: '8% over the Bank of England base rate in force on the 30 June or 31 December before the debt fell due',
        contractual: 'the rate set in our terms and conditions',
        'legal-rate-multiple': 'the rate set in our terms and conditions',
        'public-body': '8% over the Bank of England base rate in force on the 30 June or 31 December before the debt fell due',
      },
      nextStep: 'issue a claim against you in the County Court',
      nextStepSmallClaim: 'issue a claim against you in the County Court',
      noticeDays: 14,
    },
    fr: {
      penaltiesBasis: 'la loi britannique Late Payment of Commercial Debts (Interest) Act 1998',
      indemnityBasis: "l’article 5A de la loi Late Payment of Commercial Debts (Interest) Act 1998",
      noticeBasis: 'les règles britanniques de conduite préalable à toute action (Practice Direction on Pre-Action Conduct)',
      deliveryMention: 'Lettre recommandée (Recorded Delivery)',
      rateBasis: {
        statutory: "de base de la Banque d’Angleterre en vigueur le 30 juin ou le 31 décembre précédant l’échéance, majoré de 8 points",
        contractual: 'prévu par nos conditions générales de vente',
        'legal-rate-multiple': 'prévu par nos conditions générales de vente',
        'public-body': "de base de la Banque d’Angleterre en vigueur le 30 juin ou le 31 décembre précédant l’échéance, majoré de 8 points",
      },
      nextStep: 'engager une action en paiement devant la County Court',
      nextStepSmallClaim: 'engager une action en paiement devant la County Court',
      noticeDays: 14,
    },
  },
};

/** French public bodies: the Code de la commande publique replaces the Code de commerce's references. */
export const publicBodyTexts: Record<Language, Pick<LawTexts, 'penaltiesBasis' | 'indemnityBasis'>> = {
  fr: {
    penaltiesBasis: "l’article L2192-13 du Code de la commande publique",
    indemnityBasis: 'les articles L2192-13 et D2192-35 du Code de la commande publique',
  },
  en: {
    penaltiesBasis: 'Article L2192-13 of the French Public Procurement Code (Code de la commande publique)',
    indemnityBasis: 'Articles L2192-13 and D2192-35 of the French Public Procurement Code',
  },
};

const multiples: Record<Language, Record<number, string>> = {
  fr: { 3: 'trois fois', 4: 'quatre fois', 5: 'cinq fois' },
  en: { 3: 'three times', 4: 'four times', 5: 'five times' },
};

/** "trois fois", "3,5 fois" / "three times", "3.5 times". */
export function multipleText(multiple: number, language: Language): string {
  return multiples[language][multiple] ?? (language === 'fr' ? `${String(multiple).replace('.', ',')} fois` : `${multiple} times`);
}
