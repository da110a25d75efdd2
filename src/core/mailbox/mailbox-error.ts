/**
 * What can go wrong in a host, as stable codes the shells turn into words. Adapters map Office
 * async errors, Graph and Apps Script failures onto these.
 */
import type { Language } from '../model/language';

export type MailboxErrorCode =
  | 'offline'
  | 'throttled'
  | 'server-error'
  | 'consent-required'
  | 'sign-in-required'
  | 'not-authorized'
  | 'storage-full'
  | 'item-not-found'
  | 'unsupported'
  | 'host-error';

export class MailboxError extends Error {
  readonly code: MailboxErrorCode;
  /** Seconds to wait before retrying, from a 429's Retry-After. */
  readonly retryAfterSeconds: number | undefined;

  constructor(code: MailboxErrorCode, detail?: string, retryAfterSeconds?: number) {
    super(detail ? `${code}: ${detail}` : code);
    this.name = 'MailboxError';
    this.code = code;
    this.retryAfterSeconds = retryAfterSeconds;
  }
}

const messages: Record<MailboxErrorCode, Record<Language, string>> = {
  offline: { fr: 'Pas de connexion réseau : réessayez une fois reconnecté.', en: 'No network connection: try again once you are back online.' },
  throttled: { fr: 'Le serveur de messagerie demande de patienter avant de réessayer.', en: 'The mail server asks us to wait before trying again.' },
  'server-error': { fr: 'Le serveur de messagerie ne répond pas correctement : réessayez dans un instant.', en: 'The mail server is not responding properly: try again in a moment.' },
  'consent-required': {
    fr: "Relance n'a pas encore l'autorisation de modifier vos messages : votre administrateur doit donner son consentement.",
    en: 'Relance is not yet allowed to update your messages: your administrator must grant consent.',
  },
  'sign-in-required': {
    fr: 'Connectez-vous à votre compte Microsoft depuis Relance (bouton «\u00a0Se connecter\u00a0») pour continuer.',
    en: 'Sign in to your Microsoft account from Relance (the "Sign in" button) to continue.',
  },
  'not-authorized': { fr: "Accès refusé par votre messagerie.", en: 'Access denied by your mailbox.' },
  'storage-full': {
    fr: "L'espace de stockage du journal est plein : exportez-le en CSV puis archivez les promesses soldées.",
    en: 'The log storage is full: export it as CSV, then archive settled promises.',
  },
  'item-not-found': { fr: "Ce message n'est plus disponible.", en: 'This message is no longer available.' },
  unsupported: { fr: 'Votre messagerie ne permet pas cette action.', en: 'Your mail client does not support this action.' },
  'host-error': { fr: 'La messagerie a renvoyé une erreur.', en: 'The mail client returned an error.' },
};

export function describeMailboxError(error: MailboxError, language: Language): string {
  const base = messages[error.code][language];
  if (error.code === 'throttled' && error.retryAfterSeconds) {
    return language === 'fr' ? `${base} (${error.retryAfterSeconds} s)` : `${base} (${error.retryAfterSeconds} s)`;
  }
  return base;
}
