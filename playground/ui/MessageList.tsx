/** The folder's messages, newest first: sender (or recipients in Sent and Drafts), subject, date, badges. */
import type { IsoDate, Language } from '../../src/core';
import type { SampleFolder, SampleMessage } from '../../examples/mailbox/mailbox-types';
import type { MasterCategory } from '../mailbox/mailbox-store';
import { Badges } from './Badges';
import { chromeStrings } from './chrome-strings';

function when(sentAt: string, today: IsoDate): string {
  const [date = '', time = ''] = sentAt.split('T');
  if (date === today) return time;
  const [, month, day] = date.split('-');
  return `${day}/${month}`;
}

export function MessageList(props: {
  folder: SampleFolder;
  messages: SampleMessage[];
  selectedId?: string;
  today: IsoDate;
  master: MasterCategory[];
  language: Language;
  onSelect: (id: string) => void;
}) {
  const strings = chromeStrings[props.language];
  if (props.messages.length === 0) return <p class="empty">{strings.empty}</p>;
  return (
    <ul class="message-list" aria-label={strings.folders[props.folder]}>
      {props.messages.map((message) => {
        const who = props.folder === 'inbox' ? message.from.name : message.to.map((address) => address.name).join('; ') || '—';
        return (
          <li key={message.id} class={message.read ? '' : 'unread'} data-message-id={message.id}>
            <button type="button" aria-current={message.id === props.selectedId} onClick={() => props.onSelect(message.id)}>
              <span class="row-top">
                <span class="who">
                  {props.folder === 'drafts' && <span class="draft-label">{strings.draftLabel} </span>}
                  {who}
                </span>
                <span class="when">{when(message.sentAt, props.today)}</span>
              </span>
              <span class="subject">
                {message.attachments.length > 0 && (
                  <span class="clip" title={message.attachments.join(', ')}>
                    {strings.attachment}
                  </span>
                )}
                {message.subject || '(sans objet)'}
              </span>
              <Badges message={message} master={props.master} language={props.language} />
            </button>
          </li>
        );
      })}
    </ul>
  );
}
