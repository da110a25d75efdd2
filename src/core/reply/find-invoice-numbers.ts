/**
 * The invoice numbers a text names: "Facture n° F-2026-0142", "Invoice #10458", "factures
 * 2026-101 et 2026-102", "FA2026-00087". Shared by readReply (the reply is matched to its invoice
 * by them) and extractInvoice (also run on attachment names).
 */
const letterOrDigit = '[\\p{L}\\p{N}]';
const letter = '\\p{L}';
const keyword = `(?<!${letter})(?:factures?|fact\\.|notes? d['’]honoraires|invoices?|inv\\.|inv(?=[\\s#:]))`;
const marker = `(?:n[°º]|no\\.?|nr\\.?|num(?:[ée]ro)?\\.?|number|#|r[ée]f(?:[ée]rence)?\\.?|:)`;
/** Read with the `i` flag: lower-case classes cover capitals. */
const token = `[a-z]{0,6}[-_/.]?\\d[a-z0-9]*(?:[-_/.][a-z0-9]+)*`;
/** What may not follow a number: a decimal part or a currency (then it was an amount). */
const notAnAmount = `(?!${letterOrDigit})(?![.,]\\d)(?!\\s?(?:[€£$]|EUR|GBP|USD))`;
/** "facture de solde FS-12", "facture d'acompte n° 7": the kind of invoice may stand between the word and its number. */
const qualifier = `(?:\\s+(?:de solde|d['’]acompte|de situation|finale|d[ée]finitive|rectificative|compl[ée]mentaire|final|balance|deposit|interim))?`;
/** "facture (n° RM-118)": the number may be in brackets. */
const afterKeyword = new RegExp(`${keyword}${qualifier}(?<markers>(?:[\\s_(-]*${marker})*)[\\s_(-]*(?<token>${token})${notAnAmount}`, 'giu');
const continuation = new RegExp(`^\\s*(?:[,;/&+]|et|and|ou|or)\\s*(?:${marker}\\s*)?(?<token>${token})${notAnAmount}`, 'iu');
/** Numbers that look like an invoice number without a keyword, as invoicing tools write them. */
const standalone = new RegExp(`(?<![\\p{L}\\p{N}-])(?:F|FA|FAC|FACT|FV|INV|IN)[-_]?\\d{3,}(?:[-_/]\\d+)*(?!${letterOrDigit})`, 'gu');

/** "(n° RM-118)", "(no. 2026-044)": a number marked and bracketed names the invoice the sentence speaks of, keyword or not. */
const bracketed = new RegExp(`\\(\\s?(?:n[°º]|no\\.)\\s?(?<token>${token})\\s?\\)`, 'giu');

/**
 * "KFS-2026-124", "BLS-6199", "OPD6634": a code in capitals then a number, as accounting tools
 * number their invoices. Purchase orders, VAT and company numbers, support tickets (INC0242908)
 * and payment references are written the same way, so their prefixes never count.
 */
const coded = /(?<![\p{L}\p{N}\-_/.@])(?!(?:PO|BC|CMD|GB|FR|BE|DE|ES|IT|NL|IE|LU|CH|VAT|TVA|SIRET|SIREN|RCS|APE|NAF|ISO|RFC|CP|BP|CS|TEL|FAX|REF|INC|RITM|REQ|CHG|PRB|TKT|CASE|SR|PAY|RMT|AP|DEM|LIT)(?![A-Z]))[A-Z]{2,4}(?:([-/])\d{2,4}\1\d{2,}|-?\d{4,}|-\d{3,})(?![\p{L}\p{N}]|[-_/.]\p{N}|,\d)/gu;

const datePattern = /^(?:\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}|\d{4}[-/.]\d{1,2}[-/.]\d{1,2})$/;
const yearPattern = /^(?:19|20)\d{2}$/;

/** "F-2026-0142.pdf" names a file: its extension is not part of the number. */
const fileExtension = /\.(?:pdf|docx?|xlsx?|odt|ods|png|jpe?g|tiff?|zip|xml|html?|txt|csv|eml|msg)$/i;

function isInvoiceNumber(candidate: string, marked: boolean): boolean {
  if (datePattern.test(candidate)) return false;
  if (!marked && (candidate.length < 3 || yearPattern.test(candidate))) return false;
  return candidate.length >= 2 && candidate.length <= 40;
}

/** A thread names a few invoices: past this many matches of one pattern, the text is pasted data, not worth reading further. */
const matchLimit = 100;

function firstMatches(text: string, pattern: RegExp): RegExpExecArray[] {
  const matches: RegExpExecArray[] = [];
  for (const match of text.matchAll(pattern)) {
    if (matches.length >= matchLimit) break;
    matches.push(match);
  }
  return matches;
}

export function findInvoiceNumbers(text: string): string[] {
  const found: Array<{ number: string; index: number }> = [];
  for (const match of firstMatches(text, afterKeyword)) {
    const first = (match.groups?.token ?? '').replace(fileExtension, '');
    if (!isInvoiceNumber(first, Boolean(match.groups?.markers?.trim()))) continue;
    found.push({ number: first, index: match.index ?? 0 });
    let rest = text.slice((match.index ?? 0) + match[0].length, (match.index ?? 0) + match[0].length + 200);
    for (let next = continuation.exec(rest); next; next = continuation.exec(rest)) {
      const number = (next.groups?.token ?? '').replace(fileExtension, '');
      if (!isInvoiceNumber(number, true) || !/\d/.test(number)) break;
      found.push({ number, index: (match.index ?? 0) + match[0].length });
      rest = rest.slice(next[0].length);
    }
  }
  for (const match of firstMatches(text, standalone)) found.push({ number: match[0], index: match.index ?? 0 });
  for (const match of firstMatches(text, coded)) found.push({ number: match[0], index: match.index ?? 0 });
  for (const match of firstMatches(text, bracketed)) {
    const number = match.groups?.token ?? '';
    if (isInvoiceNumber(number, true)) found.push({ number, index: match.index ?? 0 });
  }
  const seen = new Set<string>();
  return found
    .sort((a, b) => a.index - b.index)
    .map((entry) => entry.number)
    .filter((number) => {
      const key = number.toUpperCase();
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}
