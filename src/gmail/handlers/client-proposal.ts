/**
 * The proposal for the client in the form: its segment's scenario, its law, and the language to
 * write in (the switch on the card, else the client's rule, else the language of the message).
 * While the settings hold the example company, no reminder is offered.
 */
import { detectLanguage, type InvoiceForm, isLanguage, type Language, type LanguageSource, type Ledger, type MailMessage, proposeReminder, type Proposal, settingsForClient } from '../../core';
import { settingsStrings } from '../cards/settings-strings';
import { formValue } from '../event/form-value';
import type { HandlerContext } from '../handler-context';

export const reminderLanguageField = 'reminderLanguage';

export type ClientProposal = { proposal: Proposal; language: Language; languageSource: LanguageSource | 'chosen'; notice?: string };

export function proposeForClient(ctx: HandlerContext, input: { form: InvoiceForm; ledger: Ledger; message?: MailMessage }): ClientProposal {
  const client = { contact: { lastName: input.form.lastName, email: input.form.email } };
  // A compose window has no thread to read: the user's own language stands in for it.
  const forClient = settingsForClient(ctx.settings, client, input.message ? detectLanguage(input.message.body) : ctx.language);
  const chosen = formValue(ctx.event, reminderLanguageField);
  const language = isLanguage(chosen) ? chosen : forClient.language;
  const proposal = proposeReminder({ form: input.form, ledger: input.ledger, settings: forClient.settings, today: ctx.today, language });
  const languageSource = isLanguage(chosen) ? 'chosen' : forClient.resolved.languageSource;
  if (ctx.configuration.state === 'example' && proposal.ok) {
    // Signed with the example company, the reminder would send the client to a stranger's account.
    const { reminder: _reminder, ...refused } = proposal;
    return { proposal: refused, language, languageSource, notice: settingsStrings[ctx.language].exampleRefused };
  }
  return { proposal, language, languageSource };
}
