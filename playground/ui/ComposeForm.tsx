/**
 * A draft open for writing: the task pane beside it runs in compose mode, and what it inserts
 * appears here at the cursor (the top of the body, above the quoted thread).
 */
import { useEffect, useRef } from 'preact/hooks';
import type { Language } from '../../src/core';
import type { SampleMessage } from '../../examples/mailbox/mailbox-types';
import type { MailboxStore } from '../mailbox/mailbox-store';
import { chromeStrings } from './chrome-strings';
import { addressList } from './ReadingPane';

export function ComposeForm(props: { message: SampleMessage; store: MailboxStore; language: Language; onDiscard: () => void; onSend: () => void }) {
  const { message, store } = props;
  const strings = chromeStrings[props.language];
  const body = useRef<HTMLDivElement>(null);
  const html = store.draftHtml(message.id);

  useEffect(() => {
    // Only when the add-in (not the user's typing) changed the body, so the caret is not lost.
    if (body.current && body.current.innerHTML !== html) body.current.innerHTML = html;
  }, [html, message.id]);

  return (
    <form class="compose" aria-label={strings.draftLabel} onSubmit={(event) => event.preventDefault()}>
      <div class="toolbar">
        <button type="button" class="primary" onClick={() => store.saveDraft(message.id)}>
          {strings.save}
        </button>
        <button type="button" onClick={props.onSend} disabled={message.to.length === 0}>
          {strings.send}
        </button>
        <button type="button" onClick={props.onDiscard}>
          {strings.discard}
        </button>
        <span class="saved-state">{store.isSaved(message.id) ? '' : '●'}</span>
      </div>
      <label>
        {strings.to} <input type="text" readOnly value={addressList(message.to)} />
      </label>
      {message.cc.length > 0 && (
        <label>
          {strings.cc} <input type="text" readOnly value={addressList(message.cc)} />
        </label>
      )}
      <label>
        {strings.subject}{' '}
        <input
          type="text"
          name="subject"
          value={message.subject}
          onInput={(event) => store.editDraft(message.id, { subject: (event.currentTarget as HTMLInputElement).value })}
        />
      </label>
      <div
        ref={body}
        class="body compose-body"
        role="textbox"
        aria-multiline="true"
        aria-label={strings.body}
        contentEditable
        onInput={(event) => store.editDraft(message.id, { html: (event.currentTarget as HTMLDivElement).innerHTML })}
      />
    </form>
  );
}
