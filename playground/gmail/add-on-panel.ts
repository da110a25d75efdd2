/**
 * The add-on's side panel as Gmail runs it: a trigger shows the cards it returns; a click runs the
 * function the button names with the event Gmail builds, checks the answer as Gmail does
 * (card-limits.ts), and applies it: the navigation (push, update, pop, pop to root or to a named
 * card), the notification, the link to open, the draft to open (a compose action) or the update
 * of the open draft (a compose window's widget). Whatever Gmail refuses shows as an error and
 * leaves the card as it was.
 */
import { type EntryFunction, handlers } from '../../src/gmail/entry-points';
import type { AddonEvent } from '../../src/gmail/event/addon-event';
import type { GmailHost } from '../../src/gmail/host';
import type { Built } from '../fake-gmail/fake-card-service';
import { cardProblem, responseProblem, type Surface } from './card-limits';

export type PanelState = {
  stack: Built[];
  notification?: string;
  error?: string;
  link?: string;
};

/** What a click did besides the panel: the draft Gmail opens, or the update to the draft being written. */
export type ClickOutcome = { panel: PanelState; openDraftId?: string; draftUpdate?: Built };

type Host = GmailHost & { endExecution?: () => void };
type Wired = { functionName: EntryFunction; parameters?: Record<string, string> };

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** One Apps Script execution: the handler runs, then the execution ends and its locks go. */
function execute(host: Host, name: EntryFunction, event: AddonEvent): unknown {
  try {
    return handlers[name](host, event);
  } finally {
    host.endExecution?.();
  }
}

function checked(cards: Built[]): string | undefined {
  for (const card of cards) {
    const problem = cardProblem(card);
    if (problem) return problem;
  }
  return undefined;
}

/** A trigger (homepage, an opened message, a compose window) or a universal action: the cards to show. */
export function runTrigger(host: Host, name: EntryFunction, event: AddonEvent): PanelState {
  let answer: unknown;
  try {
    answer = execute(host, name, event);
  } catch (error) {
    return { stack: [], error: message(error) };
  }
  const cards = (Array.isArray(answer) ? answer : ((answer as Built | undefined)?.cards ?? [])) as Built[];
  if (cards.length === 0) return { stack: [], error: `${name} returned no card` };
  const problem = checked(cards);
  // Gmail shows the first card a trigger returns; more than one are listed by their headers, which Relance never does.
  return problem ? { stack: [], error: problem } : { stack: [cards[0] as Built] };
}

export function wiredAction(button: Built): Wired | undefined {
  return (button.onClickAction ?? (button.composeAction as { action?: Wired } | undefined)?.action) as Wired | undefined;
}

function navigate(stack: Built[], steps: Record<string, unknown>[]): Built[] {
  let next = [...stack];
  for (const step of steps) {
    if (step.pushCard) next.push(step.pushCard as Built);
    else if (step.updateCard) next = [...next.slice(0, -1), step.updateCard as Built];
    else if (step.popCard) next = next.length > 1 ? next.slice(0, -1) : next;
    else if (step.popToRoot) next = next.slice(0, 1);
    else if (typeof step.popToNamedCard === 'string') {
      const index = next.map((card) => card.name).lastIndexOf(step.popToNamedCard);
      if (index >= 0) next = next.slice(0, index + 1);
    }
  }
  return next;
}

export function runClick(host: Host, panel: PanelState, button: Built, event: AddonEvent, surface: Surface): ClickOutcome {
  const { error: _error, notification: _notification, link: _link, ...kept } = panel;
  const wired = wiredAction(button);
  if (!wired) return { panel: { ...kept, error: 'this button has no action' } };
  const parameters = { ...wired.parameters, ...event.commonEventObject?.parameters };
  const withParameters: AddonEvent = { ...event, commonEventObject: { ...event.commonEventObject, parameters } };
  let response: unknown;
  try {
    response = execute(host, wired.functionName, withParameters);
  } catch (error) {
    return { panel: { ...kept, error: message(error) } };
  }
  const refused = responseProblem(button, response, surface);
  if (refused) return { panel: { ...kept, error: refused } };
  const answer = response as Built;
  if (answer.kind === 'ComposeActionResponse') {
    const draft = answer.gmailDraft as { getId?: () => string; record?: { id: string } };
    const openDraftId = draft.getId?.() ?? draft.record?.id;
    return { panel: kept, ...(openDraftId ? { openDraftId } : {}) };
  }
  if (answer.kind === 'UpdateDraftActionResponse') return { panel: kept, draftUpdate: answer };
  const steps = ((answer.navigation as Built | undefined)?.steps as Record<string, unknown>[] | undefined) ?? [];
  const stack = navigate(panel.stack, steps);
  const problem = checked(stack.slice(-1));
  if (problem) return { panel: { ...kept, error: problem } };
  const notification = (answer.notification as Built | undefined)?.text as string | undefined;
  const link = (answer.openLink as Built | undefined)?.url as string | undefined;
  return { panel: { stack, ...(notification ? { notification } : {}), ...(link ? { link } : {}) } };
}
