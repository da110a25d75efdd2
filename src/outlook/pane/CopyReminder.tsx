/**
 * Outlook mobile's stand-in for "Create draft": Android and iOS have no reply or new-message form
 * for add-ins, so the reminder is copied for the user to paste into their own reply.
 */
import { useState } from 'preact/hooks';
import type { Language, RenderedReminder } from '../../core';
import { paneStrings } from './strings';

export function CopyReminder(props: { reminder: RenderedReminder; language: Language; copy: (text: string) => Promise<boolean> }) {
  const strings = paneStrings[props.language].mobile;
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  return (
    <div class="copy-reminder">
      <p class="note">{strings.note}</p>
      <button
        type="button"
        class="primary"
        onClick={() => void props.copy(`${props.reminder.subject}\n\n${props.reminder.text}`).then((ok) => setState(ok ? 'copied' : 'failed'))}
      >
        {strings.copy}
      </button>
      {state !== 'idle' && <p role="status">{state === 'copied' ? strings.copied : strings.copyFailed}</p>}
    </div>
  );
}
