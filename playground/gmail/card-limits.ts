/**
 * What Gmail refuses to draw or to take back from a callback, checked before a card is shown: a
 * section of more than 100 widgets (HOST-FACTS, Gmail: Google's cards reference), and a response
 * that does not fit how the button was wired (the compose-action contract, in
 * playground/fake-gmail/fake-card-service.ts `checkResponse`). Gmail shows an error instead.
 */
import { type Built, checkResponse } from '../fake-gmail/fake-card-service';

export const widgetsPerSection = 100;

/** Why Gmail would not draw this card, or undefined. */
export function cardProblem(card: Built): string | undefined {
  const sections = (card.sections as Built[] | undefined) ?? [];
  if (sections.length === 0) return 'Card must have at least one section.';
  for (const [index, section] of sections.entries()) {
    const widgets = (section.widgets as unknown[] | undefined) ?? [];
    if (widgets.length > widgetsPerSection) return `Card section ${index + 1} has ${widgets.length} widgets: Gmail draws at most ${widgetsPerSection}.`;
  }
  return undefined;
}

/** Where the button is: a compose window takes an UpdateDraftActionResponse (or an ActionResponse), never a new draft. */
export type Surface = 'message' | 'compose';

/** Why Gmail would refuse this response to this button, or undefined. */
export function responseProblem(button: Built, response: unknown, surface: Surface): string | undefined {
  try {
    checkResponse(button, response);
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
  const kind = (response as Built | undefined)?.kind;
  // "Extending the compose UI" (developers.google.com/workspace/add-ons/gmail/extending-compose-ui):
  // the widgets of a compose window update the draft they are in. A message card has no draft to
  // update: the simulator refuses the response rather than guess what Gmail would do with it.
  if (surface === 'message' && kind === 'UpdateDraftActionResponse') return 'an UpdateDraftActionResponse is only taken in a compose window';
  return undefined;
}
