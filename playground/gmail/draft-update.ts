/**
 * An UpdateDraftActionResponse applied to the draft being written, as Gmail does: the subject
 * replaced, the body's content inserted where the cursor is (at the end here: the simulator has no
 * cursor), at the start or at the end ("UpdateDraftBodyType", Apps Script reference).
 */
import type { Built } from '../fake-gmail/fake-card-service';
import type { FakeDraftRecord } from '../fake-gmail/fake-gmail-app';
import { decodeEntities } from './card-markup';

/** HTML as the text a plain-text view of the draft shows. */
export function htmlAsText(html: string): string {
  return decodeEntities(html.replace(/<br\s*\/?>/gi, '\n').replace(/<\/(?:p|div|li|tr|h\d)>/gi, '\n').replace(/<[^<>]*>/g, '')).replace(/\n{3,}/g, '\n\n');
}

export function applyDraftUpdate(draft: FakeDraftRecord, update: Built): void {
  const subject = (update.updateDraftSubjectAction as Built | undefined)?.subject;
  if (typeof subject === 'string') draft.subject = subject;
  const body = update.updateDraftBodyAction as Built | undefined;
  if (!body) return;
  const contents = (body.contents as { content: string; contentType: string }[] | undefined) ?? [];
  const html = contents.map((part) => part.content).join('');
  const text = contents.map((part) => (part.contentType === 'TEXT' ? part.content : htmlAsText(part.content))).join('');
  if (body.updateType === 'INSERT_AT_START') {
    draft.body = `${text}${draft.body}`;
    draft.htmlBody = `${html}${draft.htmlBody ?? ''}`;
  } else {
    draft.body = `${draft.body}${text}`;
    draft.htmlBody = `${draft.htmlBody ?? ''}${html}`;
  }
}
