/**
 * The body of a reply without its closing, signature and legal footer. Signatures are full of
 * phone numbers, opening hours, share capital and dates that commit nobody.
 */
import { trimLeading, trimTrailing, whiteSpace } from '../text/trim-trailing';
import { normalizeForMatching } from './normalize-for-matching';

/** Everything from these lines on is signature or footer. */
const footerStarts = [
  /^--\s*$/,
  /^(?:envoye|sent|get|obtenir|telecharger) (?:de|from|depuis|avec|outlook|with)\b.+\b(?:iphone|ipad|android|mobile|outlook|samsung|galaxy|smartphone|blackberry)\b/,
  /^(?:ce|cet) (?:message|courriel|e-?mail|mail)\b.+\b(?:confidentiel|pieces? jointes?|destinataire)/,
  /^(?:les informations|l'information) contenues? dans ce/,
  /^(?:avant d'imprimer|pensez a l'environnement|merci de penser a l'environnement|n'imprimez)/,
  /^this (?:e-?mail|message|communication|electronic)\b.+\b(?:confidential|attachments?|intended|privileged)/,
  /^(?:confidentiality notice|disclaimer|avertissement|please consider the environment|think before you print)\b/,
  /^(?:if you are not the intended|si vous n'etes pas le destinataire)/,
];

/** Closings that always end the message. */
const strongClosings =
  /^(?:bien |tres |tres bien )?cordialement|^(?:cdlt|cdt|crdlt|cdtl|slts|bav)\b|^bien a (?:vous|toi)|^(?:sinceres |meilleures |nos |mes )?salutations|^amicalement|^respectueusement|^(?:kind|best|warm|warmest|many|with kind) regards|^regards|^rgds|^(?:yours )?(?:sincerely|faithfully|truly)|^all the best|^cheers\b|^(?:br|kr)\b/;
/** "Merci", "Thanks": a closing only when nothing written follows. */
const weakClosings =
  /^(?:merci(?: beaucoup| bien| encore)?(?: d'avance| par avance)?|(?:many |thanks? )?thanks?(?: you)?(?: in advance)?|thx|bonne (?:fin de )?(?:journee|soiree|semaine)|belle journee|excellente journee|a bientot|best|have a (?:good|great|nice) (?:day|week|weekend))$/;
/** After a closing, at most a name on the same line: "Cordialement, Jean Dupont", up to four capitalised words. */
const nameWord = /^\p{Lu}[\p{L}'.-]*$/u;
const maxWordsOfName = 4;

/** Word by word, not one pattern: a pattern of repeated capitalised words backtracks exponentially on a run of capitals. */
function isTrailingName(rest: string): boolean {
  const words = trimLeading(rest, `${whiteSpace},.;:!/-`).split(/[\s,/]+/u).filter(Boolean);
  return words.length <= maxWordsOfName && words.every((word) => nameWord.test(word));
}

/** Lines that hold contact details or company identifiers, whatever their place. */
const contactDetails = [
  /(?:^|\s)(?:(?:tel|tél|fax|mob|mobile|portable|phone|ligne directe|direct|standard|office)\s*(?:[.:]\s*)?|[tmfp]\s*[.:]\s*)(?:\+|\(?0)\d/i,
  /\+\d{2,3}[\s.-]?(?:\(0\)\s?)?\d{1,4}(?:[\s.-]?\d{2,4}){2,5}\b/,
  /\b0\d(?:[\s.-]?\d{2}){4}\b/,
  /\b0\d{2,4}[\s-]\d{3,4}[\s-]?\d{3,4}\b/,
  /(?<![\w.+-])[\w.+-]+@[\w-]+\.[\w.-]+/,
  /\b(?:https?:\/\/|www\.)\S+/i,
  /\b(?:siret|siren|rcs|naf|ape|tva intra(?:communautaire)?|capital (?:social )?de|company (?:no|number|reg)|registered (?:in|office|number)|vat (?:no|number|reg))\b/i,
  /\b(?:horaires|opening hours|du lundi au vendredi|monday to friday|lun(?:di)?\s*-\s*ven(?:dredi)?|mon\s*-\s*fri)\b/i,
  /\b\d{5}\s+(?!(?:EUR|euros?|Euros?|GBP|USD|CHF)\b)\p{Lu}[\p{L}-]+(?:\s+(?:cedex|CEDEX|\d+))?\s*$/u,
  /\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b/,
];
const maxWordsOfContactLine = 10;

/** Words from which a line is written text rather than a name, a title or an address. */
const wordsOfWrittenLine = 8;

function isClosing(original: string, folded: string, writtenTextFollows: boolean): boolean {
  const strong = strongClosings.exec(folded);
  if (strong) return isTrailingName(original.trim().slice(strong[0].length));
  const bare = trimTrailing(folded, `${whiteSpace},.;:!-`);
  return !writtenTextFollows && weakClosings.test(bare);
}

/** A signature line is short; testing longer ones would only cost time. */
const maxLengthOfContactLine = 160;

function isContactLine(line: string): boolean {
  return line.length <= maxLengthOfContactLine && line.split(/\s+/).length <= maxWordsOfContactLine && contactDetails.some((pattern) => pattern.test(line));
}

export function stripSignature(text: string): string {
  const lines = text.split('\n');
  const folded = lines.map((line) => normalizeForMatching(line));
  // writtenAfter[i]: a line after line i reads as written text, so a "Merci" on line i is no closing.
  const writtenAfter: boolean[] = new Array<boolean>(lines.length).fill(false);
  for (let index = lines.length - 2; index >= 0; index--) {
    writtenAfter[index] = (writtenAfter[index + 1] ?? false) || (folded[index + 1] ?? '').split(' ').length >= wordsOfWrittenLine;
  }
  let end = lines.length;
  for (let index = 0; index < lines.length; index++) {
    const line = folded[index] ?? '';
    if (footerStarts.some((pattern) => pattern.test(line)) || isClosing(lines[index] ?? '', line, writtenAfter[index] ?? false)) {
      end = index;
      break;
    }
  }
  return lines
    .slice(0, end)
    .filter((line) => !isContactLine(line))
    .join('\n')
    .trimEnd();
}
