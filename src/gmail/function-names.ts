/**
 * Every function Apps Script calls by name: the manifest's triggers and the cards' actions. The
 * build writes one top-level stub per name; the manifest test checks the manifest against them.
 */
export const triggerFunctions = ['onHomepage', 'onGmailMessageOpen', 'onComposeInsertReminder', 'onShowSettings'] as const;

export const actionFunctions = [
  'onPreview',
  'onCreateDraft',
  'onFlagFollowUp',
  'onConfirmReply',
  'onCreateAnswerDraft',
  'onChooseInvoice',
  'onInsertReminder',
  'onExportLog',
  'onShowHomepage',
  'onOpenSettings',
  'onSavePersonal',
  'onSaveOrganisation',
  'onEditTemplate',
  'onPreviewTemplate',
  'onSaveTemplate',
] as const;

export type TriggerFunction = (typeof triggerFunctions)[number];
export type ActionFunction = (typeof actionFunctions)[number];
export type EntryFunction = TriggerFunction | ActionFunction;

export const entryFunctions: readonly EntryFunction[] = [...triggerFunctions, ...actionFunctions];
