// The core's public surface: shells import the core only from here.
export type { IsoDate } from './model/iso-date';
export type { Money } from './model/money';
export { type Language, languages, isLanguage } from './model/language';
export type { Invoice } from './model/invoice';
export type { Client, Contact } from './model/client';
export type { Sender } from './model/sender';
export type { FollowUpHistory, SentReminder, PaymentPromise, PartialPayment } from './model/follow-up-history';
export type { Jurisdiction, PenaltyTerms } from './model/penalty-terms';
export { type StepId, type Step, type Channel, stepIds, isStepId, defaultChannels } from './model/step';

export { addDays } from './dates/add-days';
export { daysBetween } from './dates/days-between';
export { formatDate } from './dates/format-date';
export { isIsoDate } from './dates/is-iso-date';
export { formatMoney } from './money/format-money';
export { findCurrency } from './money/find-currency';

export { RelanceError, isRelanceError, type ErrorCode, type FieldIssue, type FieldProblem } from './errors/relance-error';
export { describeError, describeIssue, type ErrorDescription } from './errors/describe-error';
export { fieldLabel } from './errors/field-labels';
export { validateInvoice } from './validation/validate-invoice';
export { validateClient } from './validation/validate-client';
export { validateSender } from './validation/validate-sender';

export { latePenalty, type LatePenalty } from './penalties/late-penalty';
export { statutoryPenaltyTerms } from './penalties/statutory-penalty-terms';
export { referenceRates, type ReferenceRates, type RateChange } from './penalties/reference-rates';

export { renderReminder, type RenderedReminder } from './render/render-reminder';
export type { RenderInput } from './render/render-input';
export type { TemplateCatalog, CompiledTemplate } from './render/template-catalog';
export { compileCatalog, readCatalog, type CatalogReading } from './templates/compile-catalog';
export { templateNames } from './templates/template-names';
export { defaultTemplateSource } from './templates/default-template-source';
export { TemplateError, isTemplateError, describeTemplateProblem, type TemplateProblem } from './templates/template-problem';
export type { ReminderView } from './render/reminder-view';
export { stepLabels } from './render/step-labels';
export { escapeHtml } from './text/escape-html';

export { planReminder, type PlanInput } from './plan/plan-reminder';
export type { ReminderPlan, NextStep } from './plan/reminder-plan';
export type { PlanReason } from './plan/plan-reason';
export { describePlanReason } from './plan/describe-plan-reason';
export { defaultScenario, type Scenario, type EscalationStep } from './plan/scenario';

export type { MailMessage, MailAddress } from './mailbox/mail-message';
export type { Mailbox, DraftRequest, DraftResult, FlagResult, MailboxHintCode, LedgerStorage } from './mailbox/mailbox';
export { MailboxError, describeMailboxError, type MailboxErrorCode } from './mailbox/mailbox-error';

export { emptyLedger, type Ledger, type LedgerEntry, type PromiseRecord } from './ledger/ledger';
export { findEntry } from './ledger/find-entry';
export { upsertEntry } from './ledger/upsert-entry';
export { recordSent } from './ledger/record-sent';
export { logPromise } from './ledger/log-promise';
export { promiseStatus, type PromiseStatus } from './ledger/promise-status';
export { promiseRows, type PromiseRow } from './ledger/promise-rows';
export { followUpsDue, type FollowUpRow } from './ledger/follow-ups-due';
export { toCsv } from './ledger/to-csv';
export { ledgerCapacity, ledgerBytes, utf8Bytes, type LedgerCapacity } from './ledger/ledger-capacity';

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
export { type InvoiceForm, emptyInvoiceForm, invoiceFromForm, type FormResult } from './use-cases/invoice-form';
export { type PaymentLine } from './use-cases/payments-from-form';
export { formFromMessage } from './use-cases/form-from-message';
export { counterpart, splitName, companyFromEmail, civilityFromGreeting } from './use-cases/counterpart';
export { proposeReminder, type Proposal } from './use-cases/propose-reminder';
export { createReminderDraft, type DraftOutcome } from './use-cases/create-reminder-draft';
export { flagFollowUp, followUpDate } from './use-cases/flag-follow-up';
export { ledgerAfterFlag } from './use-cases/ledger-after-flag';
export { confirmReply, ledgerAfterReply, paymentCheckDays, type ConfirmedReply, type ReplyConfirmation } from './use-cases/confirm-reply';
export { draftRequestFor, ledgerAfterDraft } from './use-cases/ledger-after-draft';
export { formFromEntry } from './use-cases/form-from-entry';
export { answerStep, type AnswerStep } from './use-cases/answer-step';
export { proposeAnswer } from './use-cases/propose-answer';
export { renderForEntry, type Rendering } from './use-cases/render-for-entry';

export { readReply } from './reply/read-reply';
export { detectLanguage } from './reply/detect-language';
export { type ReplyReading, type ReplyIntent, type ReadReplyInput, replyIntents } from './reply/reply-reading';
export { extractInvoice } from './extract/extract-invoice';
export type { InvoiceFacts, InvoiceMessage } from './extract/invoice-facts';
