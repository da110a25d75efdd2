/** Message bodies both ways: Outlook gives an add-in the body as text or HTML, whatever it was written in. */
export function escapeHtmlText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

export function textToHtml(text: string): string {
  return `<div>${escapeHtmlText(text).replace(/\n/g, '<br>')}</div>`;
}

/** Block elements end a line, as Outlook's text coercion does. */
export function htmlToText(html: string, parser: DOMParser | undefined = typeof DOMParser === 'undefined' ? undefined : new DOMParser()): string {
  const marked = html
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/(p|div|h[1-6]|li|tr|table|blockquote|pre)>/gi, '$&\n')
    .replace(/<hr\s*\/?>/gi, '\n________________________________\n');
  // Without a DOM (unit tests under Node): the tags dropped and the few entities the fake writes decoded.
  const text = parser ? (parser.parseFromString(marked, 'text/html').body.textContent ?? '') : decodeEntities(marked.replace(/<[^>]*>/g, ''));
  return text.replace(/\n{3,}/g, '\n\n').trim() + '\n';
}

function decodeEntities(text: string): string {
  const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', nbsp: '\u00a0', '#39': "'" };
  return text.replace(/&(amp|lt|gt|quot|nbsp|#39);/g, (_, name: string) => named[name] ?? '');
}
