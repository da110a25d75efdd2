/**
 * The HTML body made from the plain-text one. Every character of the text is escaped first, so
 * whatever a user or a client typed shows as text; only the structure (paragraphs, line breaks,
 * "- " lists) becomes markup.
 */
import { escapeHtml } from '../text/escape-html';

function blockToHtml(block: string): string {
  const lines = block.split('\n');
  const parts: string[] = [];
  let list: string[] = [];
  let text: string[] = [];
  const flushText = () => {
    if (text.length) parts.push(`<p style="margin:0 0 1em">${text.join('<br>')}</p>`);
    text = [];
  };
  const flushList = () => {
    if (list.length) parts.push(`<ul style="margin:0 0 1em">${list.map((item) => `<li>${item}</li>`).join('')}</ul>`);
    list = [];
  };
  for (const line of lines) {
    const item = /^\s*[-•]\s+(.*)$/.exec(line);
    if (item) {
      flushText();
      list.push(escapeHtml(item[1] ?? ''));
    } else {
      flushList();
      text.push(escapeHtml(line));
    }
  }
  flushText();
  flushList();
  return parts.join('');
}

export function textToHtml(text: string): string {
  const blocks = text.split(/\n\s*\n/).map((block) => block.replace(/^\n+|\n+$/g, '')).filter((block) => block.trim() !== '');
  return `<div style="font-family:Calibri,Arial,sans-serif;font-size:11pt;line-height:1.4">${blocks.map(blockToHtml).join('')}</div>`;
}
