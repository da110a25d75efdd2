/** A message's flag and categories, as Outlook shows them in the list and above the message. */
import { formatDate, type Language } from '../../src/core';
import type { SampleMessage } from '../../examples/mailbox/mailbox-types';
import type { MasterCategory } from '../mailbox/mailbox-store';
import { chromeStrings } from './chrome-strings';

/** Outlook's preset colours, by the names Office.MailboxEnums.CategoryColor uses. */
const presetColors: Record<string, string> = {
  Preset0: '#e74856', Preset1: '#ff8c00', Preset2: '#9b6c35', Preset3: '#fff100', Preset4: '#13a10e',
  Preset5: '#00b294', Preset6: '#6e7c00', Preset7: '#0078d4', Preset8: '#8764b8', Preset9: '#e3008c',
};

export function Badges(props: { message: SampleMessage; master: MasterCategory[]; language: Language }) {
  const { message, language } = props;
  const strings = chromeStrings[language];
  return (
    <span class="badges">
      {message.flag && (
        <span class={`badge flag flag-${message.flag.status}`} data-badge="flag" title={strings.flagged(message.flag.dueOn ? formatDate(message.flag.dueOn, language) : '')}>
          {message.flag.status === 'complete' ? `✔ ${strings.completed}` : `⚑ ${strings.flagged(message.flag.dueOn ? formatDate(message.flag.dueOn, language) : '')}`}
        </span>
      )}
      {message.categories.map((name) => {
        const color = presetColors[props.master.find((category) => category.displayName === name)?.color ?? ''] ?? '#8a8886';
        return (
          <span key={name} class="badge category" data-badge="category" style={{ borderColor: color, background: `${color}22` }}>
            <span class="swatch" style={{ background: color }} />
            {name}
          </span>
        );
      })}
    </span>
  );
}
