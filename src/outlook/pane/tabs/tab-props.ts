/** What every tab of the pane gets from the App: the operations, the user's settings and day, the open message, the running action. */
import type { IsoDate, Language, LanguageSource, Proposal, RelanceSettings } from '../../../core';
import type { SettingsStatus } from '../../config/load-settings';
import type { ActionState } from '../hooks/use-action';
import type { ReminderWriterState } from '../hooks/use-reminder-writer';
import type { OpenMessage } from '../hooks/use-open-message';
import type { PaneOperations } from '../pane-operations';

export type TabProps = {
  ops: PaneOperations;
  settings: RelanceSettings;
  language: Language;
  today: IsoDate;
  /** The pane runs beside a draft: the reminder is inserted into it. */
  compose: boolean;
  /** Outlook on Android or iOS: no draft forms there, the reminder is copied instead. */
  mobile: boolean;
  open: OpenMessage;
  /** The core's proposal for the form as it stands; undefined until the message is read. */
  proposal?: Proposal;
  action: ActionState;
  /** The reminder writer, loaded from its chunk; the tabs say it is loading, or why it failed. */
  writing: ReminderWriterState;
  /** Offers the Sign in button, which runs `retry` once signed in; undefined takes it away. */
  askSignIn: (retry: (() => void) | undefined) => void;
  /** Where the organisation settings came from: none yet shows the first-run screen, the example company refuses drafts. */
  settingsStatus?: SettingsStatus;
  /** The language the reminder is written in, why, and the user's switch. */
  reminderLanguage?: { value: Language; source: LanguageSource | 'chosen'; choose: (language: Language) => void };
};
