/**
 * The functions the manifest and the cards name. The build exposes each as a top-level function
 * of the Apps Script project; each runs inside the error boundary with the real services.
 */
import type { AddonEvent } from './event/addon-event';
import { hostFromGlobals } from './adapter/host-from-globals';
import { actionBoundary, type Handler, triggerBoundary } from './error-boundary';
import type { EntryFunction } from './function-names';
import type { GmailHost } from './host';
import { onComposeInsertReminder as composeTrigger, onChooseInvoice as chooseInvoice, onInsertReminder as insertReminder } from './handlers/on-compose-insert-reminder';
import { onConfirmReply as confirmReply } from './handlers/on-confirm-reply';
import { onCreateAnswerDraft as createAnswerDraft } from './handlers/on-create-answer-draft';
import { onCreateDraft as createDraft } from './handlers/on-create-draft';
import { onExportLog as exportLog } from './handlers/on-export-log';
import { onFlagFollowUp as flagFollowUp } from './handlers/on-flag-follow-up';
import { onGmailMessageOpen as messageOpen } from './handlers/on-gmail-message-open';
import { onHomepage as homepageTrigger, onShowHomepage as showHomepage } from './handlers/on-homepage';
import { onPreview as preview } from './handlers/on-preview';
import * as settings from './handlers/on-settings';

/** A universal action answers with the cards to display, error card included. */
function universalAction(handler: Handler<GoogleAppsScript.Card_Service.Card[]>): Handler<GoogleAppsScript.Card_Service.UniversalActionResponse> {
  return (host, event) => host.cards.newUniversalActionResponseBuilder().displayAddOnCards(handler(host, event)).build();
}

/** Every handler behind its boundary, against a given host: what the tests and the bench call. */
export const handlers: Record<EntryFunction, Handler<unknown>> = {
  onHomepage: triggerBoundary(homepageTrigger),
  onGmailMessageOpen: triggerBoundary(messageOpen),
  onComposeInsertReminder: triggerBoundary(composeTrigger),
  onPreview: actionBoundary(preview),
  onCreateDraft: actionBoundary(createDraft),
  onFlagFollowUp: actionBoundary(flagFollowUp),
  onConfirmReply: actionBoundary(confirmReply),
  onCreateAnswerDraft: actionBoundary(createAnswerDraft),
  onChooseInvoice: actionBoundary(chooseInvoice),
  onInsertReminder: actionBoundary(insertReminder),
  onExportLog: actionBoundary(exportLog),
  onShowHomepage: actionBoundary(showHomepage),
  onShowSettings: universalAction(triggerBoundary(settings.onShowSettings)),
  onOpenSettings: actionBoundary(settings.onOpenSettings),
  onSavePersonal: actionBoundary(settings.onSavePersonal),
  onSaveOrganisation: actionBoundary(settings.onSaveOrganisation),
  onEditTemplate: actionBoundary(settings.onEditTemplate),
  onPreviewTemplate: actionBoundary(settings.onPreviewTemplate),
  onSaveTemplate: actionBoundary(settings.onSaveTemplate),
};

function run(name: EntryFunction, event: AddonEvent, host: GmailHost = hostFromGlobals()): unknown {
  return handlers[name](host, event ?? {});
}

export const onHomepage = (event: AddonEvent) => run('onHomepage', event);
export const onGmailMessageOpen = (event: AddonEvent) => run('onGmailMessageOpen', event);
export const onComposeInsertReminder = (event: AddonEvent) => run('onComposeInsertReminder', event);
export const onPreview = (event: AddonEvent) => run('onPreview', event);
export const onCreateDraft = (event: AddonEvent) => run('onCreateDraft', event);
export const onFlagFollowUp = (event: AddonEvent) => run('onFlagFollowUp', event);
export const onConfirmReply = (event: AddonEvent) => run('onConfirmReply', event);
export const onCreateAnswerDraft = (event: AddonEvent) => run('onCreateAnswerDraft', event);
export const onChooseInvoice = (event: AddonEvent) => run('onChooseInvoice', event);
export const onInsertReminder = (event: AddonEvent) => run('onInsertReminder', event);
export const onExportLog = (event: AddonEvent) => run('onExportLog', event);
export const onShowHomepage = (event: AddonEvent) => run('onShowHomepage', event);
export const onShowSettings = (event: AddonEvent) => run('onShowSettings', event);
export const onOpenSettings = (event: AddonEvent) => run('onOpenSettings', event);
export const onSavePersonal = (event: AddonEvent) => run('onSavePersonal', event);
export const onSaveOrganisation = (event: AddonEvent) => run('onSaveOrganisation', event);
export const onEditTemplate = (event: AddonEvent) => run('onEditTemplate', event);
export const onPreviewTemplate = (event: AddonEvent) => run('onPreviewTemplate', event);
export const onSaveTemplate = (event: AddonEvent) => run('onSaveTemplate', event);
