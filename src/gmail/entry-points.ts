/**
 * The functions the manifest and the cards name, listed once: the build writes one top-level stub
 * per name (Apps Script calls only top-level functions) that calls `run`, and each runs inside the
 * error boundary with the real services.
 */
import type { AddonEvent } from './event/addon-event';
import { hostFromGlobals } from './adapter/host-from-globals';
import { actionBoundary, composeBoundary, type Handler, triggerBoundary } from './error-boundary';
import type { GmailHost } from './host';
import { onComposeInsertReminder as composeTrigger, onChooseInvoice as chooseInvoice, onInsertReminder as insertReminder } from './handlers/on-compose-insert-reminder';
import { onConfirmReply as confirmReply } from './handlers/on-confirm-reply';
import { onCreateAnswerDraft as createAnswerDraft } from './handlers/on-create-answer-draft';
import { onCreateDraft as createDraft } from './handlers/on-create-draft';
import { onDraftClientReminder as draftClientReminder } from './handlers/on-draft-client-reminder';
import { onExportLog as exportLog } from './handlers/on-export-log';
import { onFlagFollowUp as flagFollowUp } from './handlers/on-flag-follow-up';
import { onGmailMessageOpen as messageOpen } from './handlers/on-gmail-message-open';
import { onHomepage as homepageTrigger, onShowHomepage as showHomepage, onShowLog as showLog } from './handlers/on-homepage';
import { onImportAgedBalance as importAgedBalance, onReadAgedBalance as readAgedBalance, onShowImport as showImport } from './handlers/on-import-aged-balance';
import { onOpenDraft as openDraft } from './handlers/on-open-draft';
import { onPreview as preview } from './handlers/on-preview';
import { onRecordPayment as recordPayment } from './handlers/on-record-payment';
import * as settings from './handlers/on-settings';
import { onShowTodayPage as showTodayPage } from './handlers/on-show-today-page';

/** A universal action answers with the cards to display, error card included. */
function universalAction(handler: Handler<GoogleAppsScript.Card_Service.Card[]>): Handler<GoogleAppsScript.Card_Service.UniversalActionResponse> {
  return (host, event) => host.cards.newUniversalActionResponseBuilder().displayAddOnCards(handler(host, event)).build();
}

/** Gmail's triggers (the manifest names them): on error, the error card replaces the cards. */
const triggers = {
  onHomepage: homepageTrigger,
  onGmailMessageOpen: messageOpen,
  onComposeInsertReminder: composeTrigger,
};

/** The manifest's universal actions: on error, the error card is the card displayed. */
const universals = {
  onShowSettings: settings.onShowSettings,
};

/** The cards' buttons: on error, the error card is pushed over the card the user was on. */
const actions = {
  onPreview: preview,
  onCreateDraft: createDraft,
  onFlagFollowUp: flagFollowUp,
  onRecordPayment: recordPayment,
  onConfirmReply: confirmReply,
  onCreateAnswerDraft: createAnswerDraft,
  onChooseInvoice: chooseInvoice,
  onInsertReminder: insertReminder,
  onShowHomepage: showHomepage,
  onShowLog: showLog,
  onShowTodayPage: showTodayPage,
  onDraftClientReminder: draftClientReminder,
  onShowImport: showImport,
  onReadAgedBalance: readAgedBalance,
  onImportAgedBalance: importAgedBalance,
  onOpenSettings: settings.onOpenSettings,
  onSavePersonal: settings.onSavePersonal,
  onSaveOrganisation: settings.onSaveOrganisation,
  onEditTemplate: settings.onEditTemplate,
  onPreviewTemplate: settings.onPreviewTemplate,
  onSaveTemplate: settings.onSaveTemplate,
};

/**
 * The buttons that open a draft (compose actions): Gmail takes only a draft from them, never a
 * card, so a failure is thrown in the user's words (composeBoundary).
 */
const composeActions = {
  onOpenDraft: openDraft,
  onExportLog: exportLog,
};

/** Every function the manifest names: its triggers and its universal actions. */
export type TriggerFunction = keyof typeof triggers | keyof typeof universals;
export type ComposeFunction = keyof typeof composeActions;
export type ActionFunction = keyof typeof actions | ComposeFunction;
export type EntryFunction = TriggerFunction | ActionFunction;

const bound = <Name extends string, Result>(table: Record<Name, Handler<Result>>, boundary: (handler: Handler<Result>) => Handler<unknown>) =>
  Object.fromEntries(Object.entries<Handler<Result>>(table).map(([name, handler]) => [name, boundary(handler)])) as Record<Name, Handler<unknown>>;

/** Every handler behind its boundary, against a given host: what the tests and the bench call. */
export const handlers: Record<EntryFunction, Handler<unknown>> = {
  ...bound(triggers, triggerBoundary),
  ...bound(universals, (handler) => universalAction(triggerBoundary(handler))),
  ...bound<Exclude<ActionFunction, ComposeFunction>, unknown>(actions, actionBoundary),
  ...bound<ComposeFunction, GoogleAppsScript.Card_Service.ComposeActionResponse>(composeActions, composeBoundary),
};

export const triggerFunctions = [...Object.keys(triggers), ...Object.keys(universals)] as TriggerFunction[];
export const entryFunctions = Object.keys(handlers) as EntryFunction[];

/** What each top-level stub of the bundle calls. */
export function run(name: EntryFunction, event: AddonEvent, host: GmailHost = hostFromGlobals()): unknown {
  return handlers[name](host, event ?? {});
}
