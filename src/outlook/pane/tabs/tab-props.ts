/** What every tab of the pane gets from the App: the operations, the user's settings and day, the open message, the running action. */
import type { IsoDate, Language, Proposal, RelanceSettings } from '../../../core';
import type { ActionState } from '../hooks/use-action';
import type { OpenMessage } from '../hooks/use-open-message';
import type { PaneOperations } from '../pane-operations';

export type TabProps = {
  ops: PaneOperations;
  settings: RelanceSettings;
  language: Language;
  today: IsoDate;
  /** The pane runs beside a draft: the reminder is inserted into it. */
  compose: boolean;
  open: OpenMessage;
  /** The core's proposal for the form as it stands; undefined until the message is read. */
  proposal?: Proposal;
  action: ActionState;
};
