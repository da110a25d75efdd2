/** What `renderReminder` takes: the contract of ARCHITECTURE.md, plus optional deadline settings. */
import type { Client } from '../model/client';
import type { FollowUpHistory } from '../model/follow-up-history';
import type { Invoice } from '../model/invoice';
import type { IsoDate } from '../model/iso-date';
import type { Language } from '../model/language';
import type { PenaltyTerms } from '../model/penalty-terms';
import type { ReferenceRates } from '../penalties/reference-rates';
import type { Sender } from '../model/sender';
import type { Step, StepId } from '../model/step';
import type { TemplateCatalog } from './template-catalog';

export type RenderInput = {
  step: StepId | Step;
  invoices: Invoice[];
  client: Client;
  sender: Sender;
  today: IsoDate;
  history?: FollowUpHistory;
  language?: Language;
  terms?: PenaltyTerms;
  catalog?: TemplateCatalog;
  /** Days the firmer steps give to pay (default 8). */
  deadlineDays?: number;
  /** Days a formal notice gives from receipt (default: 8 in France, 14 in the UK). */
  noticeDays?: number;
  /** Reference rate tables newer than the built-in ones, when an admin supplies them. */
  rates?: ReferenceRates;
};
