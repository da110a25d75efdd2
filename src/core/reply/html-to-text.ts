/**
 * The text a person reads in an HTML mail body. Block ends become line breaks and a blockquote
 * becomes "> " lines, so the quoted history is recognised as in a plain-text reply.
 * Plain text goes through unchanged. Tags, comments and code are cut by a scan that reads each
 * character once: a sender controls the markup, and tag patterns rescan unclosed "<" runs.
 */
import { trimTrailing } from '../text/trim-trailing';

const looksLikeHtml = /<(?:html|body|div|span|table|td|tr|br|blockquote|font|[abip])\b[^<>]*>/i;

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

/** Elements whose content nobody reads. */
const hiddenElements = new Set(['script', 'style', 'head']);
const lineBreakElements = /^(?:br|hr)$/;
const blockEnds = /^\/(?:p|div|tr|li|h\d|table|ul|ol)$/;
const cellEnds = /^\/t[dh]$/;

/** The element name of a tag's inside ("/div", "br", "blockquote"), lower case; '' when it is none. */
function tagName(inside: string): string {
  return /^\/?[a-z][a-z0-9]*/i.exec(inside)?.[0].toLowerCase() ?? '';
}

/**
 * One pass over the markup. `<` with no `>` before the next `<` is text, as browsers show it; an
 * unclosed comment or hidden element hides the rest, as browsers do.
 */
function scan(html: string): string {
  const out: string[] = [];
  let depth = 0;
  let lineStart = true;
  const write = (text: string) => {
    for (const piece of text.split('\n').map((part, index) => (index > 0 ? `\n${part}` : part))) {
      if (piece === '') continue;
      if (piece.startsWith('\n')) {
        out.push('\n');
        lineStart = true;
        const rest = piece.slice(1);
        if (rest !== '') write(rest);
        continue;
      }
      if (lineStart && depth > 0) out.push('> ');
      out.push(piece);
      lineStart = false;
    }
  };
  const newline = () => {
    out.push('\n');
    lineStart = true;
  };
  let lowered: string | undefined;
  const lower = () => (lowered ??= html.toLowerCase());
  let index = 0;
  while (index < html.length) {
    const open = html.indexOf('<', index);
    if (open < 0) {
      write(html.slice(index));
      break;
    }
    write(html.slice(index, open));
    if (html.startsWith('<!--', open)) {
      const close = html.indexOf('-->', open + 4);
      if (close < 0) break;
      index = close + 3;
      continue;
    }
    // Up to the next "<" or ">" only: searching for ">" to the end would rescan a run of "<".
    let close = open + 1;
    while (close < html.length && html[close] !== '>' && html[close] !== '<') close += 1;
    if (html[close] !== '>') {
      write('<');
      index = open + 1;
      continue;
    }
    const name = tagName(html.slice(open + 1, close));
    index = close + 1;
    if (hiddenElements.has(name)) {
      const end = lower().indexOf(`</${name}`, index);
      if (end < 0) break;
      const endClose = html.indexOf('>', end);
      index = endClose < 0 ? html.length : endClose + 1;
      continue;
    }
    if (name === 'blockquote') {
      newline();
      depth += 1;
    } else if (name === '/blockquote') {
      newline();
      depth = Math.max(0, depth - 1);
    } else if (lineBreakElements.test(name) || blockEnds.test(name)) newline();
    else if (cellEnds.test(name)) write('\t');
  }
  return out.join('');
}

/** Spaces before a line break are layout; more than one blank line is too. */
function tidyLines(text: string): string {
  const lines = text.split('\n').map((line) => trimTrailing(line, ' \t\u00a0'));
  const kept: string[] = [];
  let blanks = 0;
  for (const line of lines) {
    blanks = line === '' ? blanks + 1 : 0;
    if (blanks <= 1) kept.push(line);
  }
  return kept.join('\n');
}

export function htmlToText(text: string): string {
  if (!looksLikeHtml.test(text)) return text;
  return tidyLines(decodeEntities(scan(text)));
}
