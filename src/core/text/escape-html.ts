/** Text made inert in HTML, attributes included. */
const entities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;', '`': '&#96;', '=': '&#61;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"'`=]/g, (character) => entities[character] ?? character);
}
