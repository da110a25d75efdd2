/**
 * French or English, from the words that are frequent in one and rare in the other. French wins a
 * tie: most Relance users and their clients write in French.
 */
import type { Language } from '../model/language';
import { normalizeForMatching } from './normalize-for-matching';

const markers: Record<Language, RegExp> = {
  fr: /(?<![a-z'])(?:le|la|les|des|du|est|et|pour|nous|vous|une|avec|sur|pas|dans|que|qui|sera|merci|bonjour|cordialement|facture|virement|reglement|paiement|mois|jour|semaine|avons|sommes|votre|notre|je|ce|cette|au|aux|fin|bien)(?![a-z])/g,
  en: /(?<![a-z'])(?:the|and|to|of|we|you|is|are|will|be|for|with|on|have|has|hi|thanks|thank|regards|invoice|payment|paid|pay|our|your|this|that|by|it|week|month|end|please|as|at|from|i|i'm|i'll|we'll)(?![a-z'])/g,
};
/** Enough text to decide; reading further would only cost time. */
const sample = 4000;

function count(text: string, pattern: RegExp): number {
  return text.match(pattern)?.length ?? 0;
}

export function detectLanguage(text: string): Language {
  const folded = normalizeForMatching(text.slice(0, sample));
  return count(folded, markers.en) > count(folded, markers.fr) ? 'en' : 'fr';
}
