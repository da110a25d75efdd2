/**
 * The core's public surface: the documented contract (docs/architecture.md: the planner, the
 * renderer, the readers, the penalties, the Mailbox port, the use cases and their runners) and
 * what the two shells use. The shells import the core only from here; tests may reach further.
 */
export type { IsoDate } from './model/iso-date';
export type { Money } from './model/money';
export { type Language, isLanguage } from './model/language';
export type { Invoice } from './model/invoice';
export { type Client, type Contact, type LegalForm, legalForms } from './model/client';
export type { Sender } from './model/sender';
export type { FollowUpHistory, SentReminder, PaymentPromise, PartialPayment, PromiseChannel } from './model/follow-up-history';
export { type Jurisdiction, type PenaltyTerms, jurisdictions } from './model/penalty-terms';
export { type StepId, type Step, type Channel, stepIds, isStepId, defaultChannels } from './model/step';

export { formatDate } from './dates/format-date';
export { isIsoDate } from './dates/is-iso-date';
export { formatMoney } from './money/format-money';
export { formatAmountInput } from './money/format-amount-input';

export { RelanceError, type FieldIssue } from './errors/relance-error';
export { describeError, describeIssue } from './errors/describe-error';
export { fieldLabel } from './errors/field-labels';

export { latePenalty, type LatePenalty, type PenaltyPeriod, type LatePenaltyInput } from './penalties/late-penalty';
export { referenceRates, type ReferenceRates, type RateChange, type RateTable } from './penalties/reference-rates';
export { isWorkingDay, nextWorkingDay, addWorkingDays } from './dates/working-days';

export { renderReminder, type RenderedReminder } from './render/render-reminder';
export { compileCatalog, readCatalog, type CatalogReading } from './templates/compile-catalog';
export { templateNames } from './templates/template-names';
export { defaultTemplateSource } from './templates/default-template-source';
export { TemplateError, isTemplateError, describeTemplateProblem, type TemplateProblem } from './templates/template-problem';

export type { TemplateCatalog } from './render/template-catalog';
export type { RenderInput } from './render/render-input';

export { stepLabels } from './render/step-labels';
export { intentLabels } from './render/intent-labels';

export { planReminder } from './plan/plan-reminder';
export type { ReminderPlan } from './plan/reminder-plan';

export { describePlanReason } from './plan/describe-plan-reason';
export { defaultScenario, type Scenario } from './plan/scenario';

export type { MailMessage, MailAddress } from './mailbox/mail-message';
export { parseInternetHeaders } from './mailbox/parse-internet-headers';
export type {
  Mailbox,
  SyncMailbox,
  MailboxCalls,
  DraftRequest,
  DraftResult,
  FlagResult,
  MailboxHintCode,
  LedgerStorage,
  RecordVersion,
  SentMessage,
} from './mailbox/mailbox';
export { MailboxError, type MailboxErrorCode } from './mailbox/mailbox-error';

export { emptyLedger, isLedger, type Ledger, type LedgerEntry, type PromiseRecord } from './ledger/ledger';
export { findEntry } from './ledger/find-entry';
export { entryForMessage } from './ledger/entry-for-message';

export { type PromiseStatus } from './ledger/promise-status';
export { promiseRows, type PromiseRow } from './ledger/promise-rows';
export { followUpsDue, type FollowUpRow } from './ledger/follow-ups-due';
export { toCsv } from './ledger/to-csv';
export { ledgerCapacity, ledgerBytes, utf8Bytes, storageCapacity, type LedgerCapacity } from './ledger/ledger-capacity';

export type { RelanceSettings } from './use-cases/relance-settings';
export {
  type OrganisationSettings,
  type PersonalSettings,
  type ScenarioSettings,
  type ClientRule,
  settingsVersion,
  escalationSteps,
} from './settings/organisation-settings';
export { checkOrganisationShape, type SettingsReading } from './settings/check-organisation-shape';
export { validateOrganisationSettings } from './settings/validate-organisation-settings';
export { validatePersonalSettings } from './settings/validate-personal-settings';
export { organisationCatalog } from './settings/organisation-catalog';
export { describeSettingsProblem, type SettingsProblem } from './settings/settings-problem';
export { resolveClientSettings, scenarioFromSettings, type ClientSettings, type LanguageSource } from './settings/resolve-client-settings';
export { effectiveSettings, settingsForClient, type SignedInUser } from './settings/effective-settings';
export { isExampleIdentity, exampleIdentity } from './settings/example-identity';
export { previewTemplate, type TemplatePreview } from './settings/preview-template';
export { type InvoiceForm, emptyInvoiceForm } from './use-cases/invoice-form';
export { type PaymentLine } from './use-cases/payments-from-form';
export { formFromMessage } from './use-cases/form-from-message';
export { clientIdentity } from './use-cases/client-identity';
export { withClientRule, type ClientIdentity } from './use-cases/client-rule';

export { proposeReminder, type Proposal } from './use-cases/propose-reminder';
export { type PortCall, type UseCase } from './use-cases/port-call';
export { runAsync } from './use-cases/run-async';
export { runSync } from './use-cases/run-sync';
export { createReminderDraft, draftRequestFor, type DraftOutcome } from './use-cases/create-reminder-draft';
export { createClientDraft, type ClientDraftInput, type ClientDraftOutcome } from './use-cases/create-client-draft';
export { importAgedBalance, previewAgedBalance, ImportInterrupted, type AgedBalanceImport, type ImportedAgedBalance } from './use-cases/import-aged-balance';
export { awaitingConfirmation, type AwaitingConfirmation } from './today/awaiting-confirmation';
export { daysBetween } from './dates/days-between';
export { updateClientContact } from './use-cases/update-client-contact';
export { logDraftStep, type LoggedStep } from './use-cases/log-draft-step';
export { flagFollowUp, followUpDate, type FlagOutcome } from './use-cases/flag-follow-up';
export { confirmReply, type ConfirmedReply } from './use-cases/confirm-reply';
export { recordPayment, type RecordedPayment } from './use-cases/record-payment';
export { noteSentReminders, confirmSent } from './use-cases/note-sent-reminders';
export { formFromEntry } from './use-cases/form-from-entry';
export { formInLanguage } from './use-cases/form-in-language';

export { proposeAnswer } from './use-cases/propose-answer';
export { renderForEntry, type Rendering } from './use-cases/render-for-entry';

export { readReply } from './reply/read-reply';
export { detectLanguage } from './reply/detect-language';
export { readingChoices, unsureBelow } from './reply/reading-choices';
export { replyActionLabels, type RecordableIntent } from './reply/reply-action-labels';
export { type ReplyReading, type ReplyIntent, type ReadReplyInput, type AlternativeReading, type Instalment, replyIntents } from './reply/reply-reading';
export { extractInvoice } from './extract/extract-invoice';
export type { InvoiceFacts, InvoiceMessage } from './extract/invoice-facts';

// Follow-up records (ARCHITECTURE decision 2): the model, the store port the shells implement, and
// what their stores need (the stored forms, versions, the v1 migration).
export { absentVersion } from './mailbox/mailbox';
export type { FollowUpEvent, FollowUpEventKind, PhoneOutcome, SentEvidence } from './follow-up/follow-up-event';
export { type FollowUpRecord, newFollowUpRecord } from './follow-up/follow-up-record';
export { followUpKey, isFollowUpKey, type FollowUpKey } from './follow-up/follow-up-key';
export { followUpHistoryOf } from './follow-up/follow-up-history-of';
export { withEvent } from './follow-up/with-event';
export { promiseEvent } from './follow-up/promise-event';
export type {
  FollowUpStore,
  SyncFollowUpStore,
  FollowUpStoreCalls,
  StoredFollowUp,
  ListedFollowUp,
  UnreadableFollowUp,
  FollowUpListing,
  FollowUpWrite,
  StoreCall,
} from './follow-up/follow-up-store';
export { runStoreAsync, runStoreSync } from './follow-up/run-store';
export { updateFollowUp, updateRecord, updateRecordSync, type FollowUpChange, type FollowUpUpdate } from './follow-up/update-follow-up';
export { encodeRecord, decodeRecord, type EncodedRecord } from './follow-up/record-codec';
export { fingerprint } from './follow-up/fingerprint';
export { isSettled } from './follow-up/is-settled';
export { migrateLedger } from './follow-up/migrate-ledger';
export { exportRecords, importRecords, keyOf, type ExportedRecord } from './follow-up/export-records';
export { prepareArchive, removeArchived, restoreRecords, type PreparedArchive, type ArchiveOutcome, type RestoreOutcome } from './follow-up/archive-records';
export { followUpCsv } from './follow-up/follow-up-csv';
export { eventLabels, phoneOutcomeLabels, sentEvidenceLabels } from './follow-up/event-labels';
export { eventDetail } from './follow-up/event-detail';
export { recordFile, readRecordFile } from './follow-up/record-file';
export { entryOfRecord, ledgerOfListing } from './follow-up/entry-of-record';
export { awaitingSend } from './follow-up/with-sent-from-thread';
export { logEvents, logPage, logFilters, isLogFilter, type LogFilter, type LogEvent, type LogPage } from './follow-up/log-events';

export { readAgedBalance, type AgedBalance, type AgedBalanceRow, type AgedBalanceProblem, type AgedBalanceProblemCode, type ReadAgedBalanceInput } from './aged-balance/read-aged-balance';
export { columnRoles, type ColumnRole } from './aged-balance/column-vocabulary';
export { describeAgedBalanceProblem, columnRoleLabels } from './aged-balance/describe-aged-balance-problem';
export { matchAgedBalance, type AgedBalanceMatch, type FollowedRecord } from './aged-balance/match-aged-balance';
export { planToday, type TodayPlan, type TodayClient, type TodayInvoice, type PlanTodayInput } from './today/plan-today';
export { openInvoices, type OpenInvoice, type FollowedInvoice } from './today/open-invoices';
export { clientKey } from './today/client-key';
export { followedRecords, recordsOfMatch, type FollowedFollowUp, type MatchedRecords } from './follow-up/followed-records';
