/**
 * A reply as an RFC 2822 message for the Gmail API (`users.drafts.create`), for the one reply
 * GmailApp cannot write: on the user's own message, to everyone on it but the user. The headers
 * the Gmail API needs to keep it in the thread are set ("Managing threads": the thread id, then
 * In-Reply-To and References, and the same subject). Text and HTML go as base64 UTF-8 parts;
 * names and a subject outside ASCII as RFC 2047 encoded words. `base64` is the host's encoder
 * (Apps Script has no Buffer or btoa).
 */
import type { MailAddress } from '../../core';

export type ReplyMime = {
  /** The address the user's message went out from (their own, or a send-as alias). */
  from?: MailAddress;
  to: MailAddress[];
  cc: MailAddress[];
  subject: string;
  inReplyTo: string;
  references: string;
  text: string;
  html: string;
};

type Base64 = (utf8: string) => string;

const ascii = /^[\x20-\x7e]*$/;
/** Header text safe as a quoted string: printable ASCII without quotes or backslashes. */
const quotable = /^[\x20\x21\x23-\x5b\x5d-\x7e]*$/;

function encodedWord(text: string, base64: Base64): string {
  return `=?UTF-8?B?${base64(text)}?=`;
}

function headerText(text: string, base64: Base64): string {
  return ascii.test(text) ? text : encodedWord(text, base64);
}

/** Header values come from other people's mail: a line break in one would start a header of theirs. */
function oneLine(value: string): string {
  return value.replace(/[\r\n]+/g, ' ').trim();
}

function address(recipient: MailAddress, base64: Base64): string {
  const name = oneLine(recipient.name ?? '');
  const email = oneLine(recipient.email).replace(/[\s<>"]+/g, '');
  if (!name) return email;
  return `${quotable.test(name) ? `"${name}"` : encodedWord(name, base64)} <${email}>`;
}

/** Base64 in lines of 76 characters, as MIME wants it. */
function wrapped(encoded: string): string {
  const lines: string[] = [];
  for (let start = 0; start < encoded.length; start += 76) lines.push(encoded.slice(start, start + 76));
  return lines.join('\r\n');
}

/** "Re: " before the subject unless it already has one, as Gmail's own replies do. */
export function replySubject(subject: string): string {
  return /^re\s*:/i.test(subject.trim()) ? subject : `Re: ${subject}`;
}

export function replyMime(reply: ReplyMime, base64: Base64, boundary: string): string {
  const clean = oneLine;
  const headers = [
    ...(reply.from ? [`From: ${address(reply.from, base64)}`] : []),
    `To: ${reply.to.map((recipient) => address(recipient, base64)).join(', ')}`,
    ...(reply.cc.length > 0 ? [`Cc: ${reply.cc.map((recipient) => address(recipient, base64)).join(', ')}`] : []),
    `Subject: ${headerText(clean(reply.subject), base64)}`,
    `In-Reply-To: ${clean(reply.inReplyTo)}`,
    `References: ${clean(reply.references)}`,
    'MIME-Version: 1.0',
    `Content-Type: multipart/alternative; boundary="${boundary}"`,
  ];
  const part = (type: string, body: string) =>
    [`--${boundary}`, `Content-Type: ${type}; charset=UTF-8`, 'Content-Transfer-Encoding: base64', '', wrapped(base64(body))].join('\r\n');
  return [...headers, '', part('text/plain', reply.text), part('text/html', reply.html), `--${boundary}--`, ''].join('\r\n');
}
