/**
 * A click on a card's button, as Gmail makes it: the handler the button names runs with the
 * button's parameters and the card's fields, and its answer must be one Gmail accepts for that
 * wiring (`checkResponse`: a compose action answers with a draft, never a card).
 */
import { handlers } from '../../../src/gmail/entry-points';
import type { EntryFunction } from '../../../src/gmail/entry-points';
import { type Built, button, checkResponse } from './fake-card-service';
import { addonEvent, type EventOptions } from './fake-events';
import type { FakeHost } from './fake-host';

type WiredAction = { functionName: EntryFunction; parameters?: Record<string, string> };

export function actionOf(wired: Built): WiredAction {
  return (wired.onClickAction ?? (wired.composeAction as { action: WiredAction } | undefined)?.action) as WiredAction;
}

export function click(host: FakeHost, card: unknown, text: string, event: EventOptions = {}, cache?: CardCache): Built {
  const wired = button(card, text);
  const action = actionOf(wired);
  const response = handlers[action.functionName](host, addonEvent({ ...event, parameters: { ...action.parameters, ...event.parameters } }));
  checkResponse(wired, response);
  cache?.after(response);
  return response as Built;
}

/**
 * The cards Gmail keeps for the messages the user opened. Gmail may show a message's card again
 * without running the add-on; an action response that says the state changed lets it drop them
 * (ActionResponseBuilder.setStateChanged: "services such as Gmail can attempt to clear any cached
 * state data associated with this action"). Unkind: only that flag clears the cache here.
 */
export class CardCache {
  private readonly cards = new Map<string, unknown>();

  constructor(private readonly host: FakeHost) {}

  open(messageId: string): unknown {
    if (!this.cards.has(messageId)) this.cards.set(messageId, (handlers.onGmailMessageOpen(this.host, addonEvent({ messageId })) as unknown[])[0]);
    return this.cards.get(messageId);
  }

  after(response: unknown): void {
    if ((response as Built | undefined)?.stateChanged === true) this.cards.clear();
  }
}
