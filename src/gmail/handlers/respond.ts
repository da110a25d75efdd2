/**
 * Action responses: replace the card the user is on, optionally with a toast. After an action that
 * wrote (the log, a label, a star), `stateChanged` tells Gmail its cached cards are stale
 * (ActionResponseBuilder.setStateChanged: "services such as Gmail can attempt to clear any cached
 * state data associated with this action").
 */
import type { HandlerContext } from '../handler-context';

export type Written = { stateChanged?: boolean };

function responseBuilder(ctx: HandlerContext, options: Written): GoogleAppsScript.Card_Service.ActionResponseBuilder {
  const builder = ctx.host.cards.newActionResponseBuilder();
  if (options.stateChanged) builder.setStateChanged(true);
  return builder;
}

export function updateCard(
  ctx: HandlerContext,
  card: GoogleAppsScript.Card_Service.Card,
  notification?: string,
  options: Written = {},
): GoogleAppsScript.Card_Service.ActionResponse {
  const { cards } = ctx.host;
  const response = responseBuilder(ctx, options).setNavigation(cards.newNavigation().updateCard(card));
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
