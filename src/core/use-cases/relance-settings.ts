/** What an admin configures once for the whole organisation, and the user's own address. */
import type { Language } from '../model/language';
import type { PenaltyTerms } from '../model/penalty-terms';
import type { Sender } from '../model/sender';
import type { Scenario } from '../plan/scenario';
import type { TemplateCatalog } from '../render/template-catalog';
import type { OrganisationSettings } from '../settings/organisation-settings';

export type RelanceSettings = {
  sender: Sender;
  /** The account manager's own address: the other side of a thread is the client. */
  userEmail?: string;
  language?: Language;
  scenario?: Scenario;
  terms?: PenaltyTerms;
  catalog?: TemplateCatalog;
  /** The document these came from, so each client gets its segment, language and law (`settingsForClient`). */
  organisation?: OrganisationSettings;
};
