/** A message as both hosts can give it: plain-text body, addresses, the day it arrived. */
import type { IsoDate } from '../model/iso-date';

export type MailAddress = { name?: string; email: string };

export type MailMessage = {
  id: string;
  threadId?: string;
  subject: string;
  /** Plain text, quoted history included. */
  body: string;
  from: MailAddress;
  to: MailAddress[];
  cc: MailAddress[];
  receivedOn: IsoDate;
  attachmentNames: string[];
  /** The internet headers the host could read, names in lower case: they reveal automatic replies. */
  headers?: Record<string, string>;
};
