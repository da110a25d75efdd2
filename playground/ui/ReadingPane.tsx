/** A received or sent message, as the reading pane shows it, with Outlook's reply commands. */
import type { Language } from '../../src/core';
import type { SampleAddress, SampleMessage } from '../../examples/mailbox/mailbox-types';
import type { MasterCategory } from '../mailbox/mailbox-store';
import { Badges } from './Badges';
import { chromeStrings } from './chrome-strings';

/** 14/02/2026 09:14, as Outlook shows the date of a message. */
const sentLine = (sentAt: string) => {
  const [date = '', time = ''] = sentAt.split('T');
  return `${date.split('-').reverse().join('/')} ${time}`;
};

export const addressList = (list: SampleAddress[]) => list.map((address) => `${address.name} <${address.email}>`).join('; ');

export function ReadingPane(props: { message: SampleMessage; master: MasterCategory[]; language: Language; onReplyAll: () => void }) {
  const { message } = props;
  const strings = chromeStrings[props.language];
  return (
    <article class="reading" aria-label={message.subject}>
      <div class="toolbar">
        <button type="button" onClick={props.onReplyAll}>
          ↩ {strings.replyAll}
        </button>
      </div>
      <h1>{message.subject}</h1>
      <Badges message={message} master={props.master} language={props.language} />
      <dl class="headers">
        <dt>{strings.from}</dt>
        <dd>{addressList([message.from])}</dd>
        <dt>{strings.to}</dt>
        <dd>{addressList(message.to)}</dd>
        {message.cc.length > 0 && (
          <>
            <dt>{strings.cc}</dt>
            <dd>{addressList(message.cc)}</dd>
          </>
        )}
        <dt>{strings.sent}</dt>
        <dd>{sentLine(message.sentAt)}</dd>
      </dl>
      {message.attachments.length > 0 && (
        <p class="attachments">
          {message.attachments.map((name) => (
            <span key={name} class="attachment">
              {name}
            </span>
          ))}
        </p>
      )}
      {message.html ? (
        // The only HTML shown is what the add-in itself wrote, escaped by the core's renderer.
        <div class="body html" dangerouslySetInnerHTML={{ __html: message.html }} />
      ) : (
        <div class="body text">{message.body}</div>
      )}
    </article>
  );
}
