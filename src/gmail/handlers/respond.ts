/** Action responses: replace the card the user is on, optionally with a toast. */
import type { HandlerContext } from '../handler-context';

export function updateCard(ctx: HandlerContext, card: GoogleAppsScript.Card_Service.Card, notification?: string): GoogleAppsScript.Card_Service.ActionResponse {
  const { cards } = ctx.host;
  const response = cards.newActionResponseBuilder().setNavigation(cards.newNavigation().updateCard(card));
  if (notification) response.setNotification(cards.newNotification().setText(notification));
  return response.build();
}

export function pushCard(ctx: HandlerContext, card: GoogleAppsScript.Card_Service.Card): GoogleAppsScript.Card_Service.ActionResponse {
  const { cards } = ctx.host;
  return cards.newActionResponseBuilder().setNavigation(cards.newNavigation().pushCard(card)).build();
}

export function notify(ctx: HandlerContext, text: string): GoogleAppsScript.Card_Service.ActionResponse {
  const { cards } = ctx.host;
  return cards.newActionResponseBuilder().setNotification(cards.newNotification().setText(text)).build();
}

/** Gmail opens this draft in a compose window: the user reviews it before sending. */
export function openDraft(ctx: HandlerContext, draft: GoogleAppsScript.Gmail.GmailDraft): GoogleAppsScript.Card_Service.ComposeActionResponse {
  return ctx.host.cards.newComposeActionResponseBuilder().setGmailDraft(draft).build();
}
