/**
 * The HTML body made from the plain-text one. The whole text is escaped first, so whatever a user
 * or a client typed shows as text; only its structure (paragraphs, line breaks, "- " lists)
 * becomes markup. No `style=` attribute: Outlook's `setSelectedDataAsync` does not support inline
 * CSS (Office.js typings), so the structure rests on plain tags (p, br, ul, li) that hold without it.
 */
import { escapeHtml } from '../text/escape-html';
import { trimLeading, trimTrailing } from '../text/trim-trailing';

const listItem = /^\s*[-•]\s+/;

function blockToHtml(block: string): string {
  let html = '';
  let inList = false;
  let line = 0;
  for (const text of block.split('\n')) {
    const item = listItem.exec(text);
    if (item) {
      html += `${inList ? '' : `${line > 0 ? '</p>' : ''}<ul>`}<li>${text.slice(item[0].length)}</li>`;
      inList = true;
      line = 0;
    } else {
      html += `${inList ? '</ul>' : ''}${line > 0 ? '<br>' : '<p>'}${text}`;
      inList = false;
      line += 1;
    }
  }
  return html + (inList ? '</ul>' : '</p>');
}

export function textToHtml(text: string): string {
  const blocks = escapeHtml(text).split(/\n[ \t]*\n+/).filter((block) => block.trim() !== '');
  return `<div>${blocks.map((block) => blockToHtml(trimTrailing(trimLeading(block, '\n'), '\n'))).join('')}</div>`;
}
