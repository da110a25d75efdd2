/**
 * One error boundary around every function Gmail calls: whatever fails becomes an error card in
 * the user's language (the core's words for its own errors and for mailbox failures), and the
 * detail goes to the log for the admin. No exception ever reaches Gmail's generic error bar.
 */
import { describeError } from '../core';
import { errorCard } from './cards/error-card';
import { createUi } from './cards/ui';
import type { AddonEvent } from './event/addon-event';
import { eventLanguage } from './handler-context';
import type { GmailHost } from './host';

type Card = GoogleAppsScript.Card_Service.Card;
type ActionResponse = GoogleAppsScript.Card_Service.ActionResponse;
type ComposeActionResponse = GoogleAppsScript.Card_Service.ComposeActionResponse;

export type Handler<Result> = (host: GmailHost, event: AddonEvent) => Result;

function logFailure(host: GmailHost, error: unknown): void {
  try {
    host.log(`Relance: ${error instanceof Error ? `${error.name}: ${error.message}\n${error.stack ?? ''}` : String(error)}`);
  } catch {
    // logging must never hide the failure from the user
  }
}

function failureCard(host: GmailHost, event: AddonEvent, error: unknown): Card {
  const language = eventLanguage(event);
  logFailure(host, error);
  return errorCard(createUi(host.cards, language), describeError(error, language));
}

/** For triggers (homepage, open message, compose): the error card replaces the cards. */
export function triggerBoundary(handler: Handler<Card[]>): Handler<Card[]> {
  return (host, event) => {
    try {
      return handler(host, event);
    } catch (error) {
      return [failureCard(host, event, error)];
    }
  };
}

/** For button callbacks: the error card is pushed over the card the user was on. */
export function actionBoundary<Result>(handler: Handler<Result>): Handler<Result | ActionResponse> {
  return (host, event) => {
    try {
      return handler(host, event);
    } catch (error) {
      const card = failureCard(host, event, error);
      return host.cards.newActionResponseBuilder().setNavigation(host.cards.newNavigation().pushCard(card)).build();
    }
  };
}

/** The words a failure shows in the user's language, on one line. */
export class UserFacingError extends Error {
  override readonly name = 'UserFacingError';
}

/**
 * For compose actions (the buttons that open a draft): Gmail accepts only a ComposeActionResponse
 * from them, never a card, so a failure cannot become an error card. It is logged for the admin
 * and thrown again in the user's language, for Gmail to report in place of the draft. Everything
 * that can be refused (a wrong field, a full log) is checked by the ordinary action before it.
 */
export function composeBoundary(handler: Handler<ComposeActionResponse>): Handler<ComposeActionResponse> {
  return (host, event) => {
    try {
      return handler(host, event);
    } catch (error) {
      logFailure(host, error);
      const description = describeError(error, eventLanguage(event));
      throw new UserFacingError([description.title, ...description.details].join(' '));
    }
  };
}
