/**
 * Errors as Outlook reports them: an Office.Error with a numeric code, a name and a message
 * ("Office Common API error codes" and the Outlook API reference).
 */
import type { FailingErrorKind } from './switches';

export type OfficeErrorSpec = { code: number; name: string; message: string };

export const officeErrors = {
  network: { code: 9041, name: 'NetworkError', message: 'The user is no longer connected to the network.' },
  internal: { code: 5001, name: 'Internal Error', message: 'An internal error has occurred.' },
  permission: { code: 9016, name: 'PermissionDenied', message: 'Permission denied.' },
  generic: { code: 9020, name: 'Generic Response Error', message: 'An internal error has occurred.' },
  save: { code: 9021, name: 'Save Error', message: 'Connection error occurred while trying to save the item on the server.' },
  sizeLimit: { code: 9057, name: 'SizeLimitExceeded', message: 'A maximum of 32KB is available for the settings of each add-in.' },
  invalidCategory: { code: 9020, name: 'InvalidCategory', message: 'Invalid categories were provided.' },
  // Typings of getItemIdAsync name the error ItemNotSaved; the code is the generic 9020 (inferred).
  itemNotSaved: { code: 9020, name: 'ItemNotSaved', message: "The ID can't be retrieved until the item is saved." },
  // Typings of Body.setSelectedDataAsync name it InvalidFormatError; 1000 is the common coercion error code (inferred).
  invalidFormat: { code: 1000, name: 'InvalidFormatError', message: 'The coercion type is HTML but the message body is in plain text.' },
  tooManyCalls: { code: 5001, name: 'Internal Error', message: 'Too many concurrent requests: Outlook on the web allows three.' },
  invalidCoercion: { code: 1000, name: 'Invalid Coercion Type', message: 'The specified coercion type is not supported.' },
  apiNotSupported: { code: 5000, name: 'ApiNotSupported', message: 'The API is not supported in this requirement set.' },
} satisfies Record<string, OfficeErrorSpec>;

export function failingError(kind: FailingErrorKind): OfficeErrorSpec {
  return officeErrors[kind];
}

/** What Office.js throws from a synchronous method: an Error carrying the same fields. */
export function thrownOfficeError(spec: OfficeErrorSpec): Error & OfficeErrorSpec {
  return Object.assign(new Error(spec.message), spec);
}
