/**
 * French or English, from the words that are frequent in one and rare in the other, and from
 * French accents. French wins a tie: most Relance users and their clients write in French.
 */
import type { Language } from '../model/language';
import { normalizeForMatching } from './normalize-for-matching';

const markers: Record<Language, RegExp> = {
  fr: /(?<![a-z'])(?:le|la|les|des|du|un|une|est|et|ou|mais|pour|par|nous|vous|je|ne|pas|avec|sur|dans|que|qui|sera|seront|sont|ete|fait|merci|bonjour|bonsoir|cordialement|cdt|cdlt|svp|facture|factures|virement|reglement|paiement|mois|jour|jours|semaine|avons|sommes|ai|votre|vos|notre|nos|mon|ma|mes|ce|cette|ces|au|aux|fin|bien|tres|desole|ci-joint|madame|monsieur|compta|comptabilite)(?![a-z])/g,
  en: /(?<![a-z'])(?:the|and|or|but|to|of|we|you|is|are|was|were|will|would|could|should|can|must|be|been|for|with|on|have|has|had|hi|hello|dear|thanks|thank|regards|cheers|sorry|apologies|invoice|invoices|payment|payments|paid|pay|our|your|my|me|us|this|that|these|by|it|its|week|month|end|please|as|at|from|all|any|not|no|just|i|i'm|i'll|i've|we'll|we're|we've|don't|can't|won't|haven't|account|accounts|number|send|sent|received|out|office)(?![a-z'])/g,
};
/** A word written with a French accent is a French word. */
const frenchAccents = /[éèêàâçùûîôœ]/g;
/** Enough text to decide; reading further would only cost time. */
const sample = 4000;

function count(text: string, pattern: RegExp): number {
  return text.match(pattern)?.length ?? 0;
}

export function detectLanguage(text: string): Language {
  const start = text.slice(0, sample);
  const folded = normalizeForMatching(start);
  const french = count(folded, markers.fr) + count(start.toLowerCase(), frenchAccents);
  return count(folded, markers.en) > french ? 'en' : 'fr';
}
