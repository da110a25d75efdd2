/**
 * The text a person reads in an HTML mail body. Block ends become line breaks and a blockquote
 * becomes "> " lines, so the quoted history is recognised as in a plain-text reply.
 * Plain text goes through unchanged.
 */
const looksLikeHtml = /<(?:html|body|div|p|br|span|table|td|tr|blockquote|font|b|i|a)\b[^>]*>/i;

const namedEntities: Record<string, string> = {
  nbsp: '\u00a0', amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", euro: '€', pound: '£',
  eacute: 'é', egrave: 'è', ecirc: 'ê', euml: 'ë', agrave: 'à', acirc: 'â', auml: 'ä',
  ccedil: 'ç', icirc: 'î', iuml: 'ï', ocirc: 'ô', ouml: 'ö', ucirc: 'û', ugrave: 'ù', uuml: 'ü',
  Eacute: 'É', Egrave: 'È', Agrave: 'À', Ccedil: 'Ç', laquo: '«', raquo: '»', rsquo: '\u2019',
  lsquo: '\u2018', ldquo: '\u201c', rdquo: '\u201d', ndash: '\u2013', mdash: '\u2014', deg: '°', ordm: 'º',
  hellip: '\u2026', oelig: 'œ',
};

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,8});/gi, (entity, code: string) => {
    if (code.startsWith('#')) {
      const point = code[1] === 'x' || code[1] === 'X' ? parseInt(code.slice(2), 16) : parseInt(code.slice(1), 10);
      return point > 0 && point <= 0x10ffff && (point < 0xd800 || point > 0xdfff) ? String.fromCodePoint(point) : '';
    }
    return namedEntities[code] ?? entity;
  });
}

/** Prefixes every line between <blockquote> and its end with "> ", as plain-text mail does. */
function markBlockquotes(html: string): string {
  let depth = 0;
  return html
    .split(/(<\/?blockquote\b[^>]*>)/i)
    .map((part) => {
      if (/^<blockquote/i.test(part)) {
        depth += 1;
        return '\n';
      }
      if (/^<\/blockquote/i.test(part)) {
        depth = Math.max(0, depth - 1);
        return '\n';
      }
      if (depth === 0) return part;
      return part.replace(/<br\s*\/?>|<\/(?:p|div|tr|li|h\d)>/gi, '\n').replace(/^|\n/g, (start) => `${start}> `);
    })
    .join('');
}

export function htmlToText(text: string): string {
  if (!looksLikeHtml.test(text)) return text;
  const withoutCode = text.replace(/<(script|style|head)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, '').replace(/<!--[\s\S]*?-->/g, '');
  return decodeEntities(
    markBlockquotes(withoutCode)
      .replace(/<br\s*\/?>/gi, '\n')
      .replace(/<\/(?:p|div|tr|li|h\d|table|ul|ol)>|<hr\b[^>]*>/gi, '\n')
      .replace(/<\/t[dh]>/gi, '\t')
      .replace(/<[^>]*>/g, ''),
  )
    .replace(/[ \t\u00a0]*\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n');
}
