/**
 * The subject the draft will have, for the preview. A reply-all keeps the thread's subject under
 * Outlook's reply prefix (the reminder's own subject goes only into a new message or an empty
 * compose form: OutlookMailbox.createDraft); Outlook writes "RE : " (an ordinary space, as Outlook types it) in French and "RE: " in English,
 * and adds none to a subject that already has one, as the playground's reply form does.
 */
import type { Language } from '../../core';

const prefixed = /^(?:re|réf|tr|fw)\s?:/i;

export function draftSubject(reminderSubject: string, threadSubject: string | undefined, language: Language): string {
  if (threadSubject === undefined) return reminderSubject;
  if (prefixed.test(threadSubject)) return threadSubject;
  return `${language === 'fr' ? 'RE : ' : 'RE: '}${threadSubject}`;
}
