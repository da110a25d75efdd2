/**
 * A click on a card's button, as Gmail makes it: the handler the button names runs with the
 * button's parameters and the card's fields, and its answer must be one Gmail accepts for that
 * wiring (`checkResponse`: a compose action answers with a draft, never a card).
 */
import { handlers } from '../../../src/gmail/entry-points';
import type { EntryFunction } from '../../../src/gmail/function-names';
import { type Built, button, checkResponse } from './fake-card-service';
import { addonEvent, type EventOptions } from './fake-events';
import type { FakeHost } from './fake-host';

type WiredAction = { functionName: EntryFunction; parameters?: Record<string, string> };

export function actionOf(wired: Built): WiredAction {
  return (wired.onClickAction ?? (wired.composeAction as { action: WiredAction } | undefined)?.action) as WiredAction;
}

export function click(host: FakeHost, card: unknown, text: string, event: EventOptions = {}): Built {
  const wired = button(card, text);
  const action = actionOf(wired);
  const response = handlers[action.functionName](host, addonEvent({ ...event, parameters: { ...action.parameters, ...event.parameters } }));
  checkResponse(wired, response);
  return response as Built;
}
