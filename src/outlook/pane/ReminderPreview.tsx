/** The reminder as it will be sent, or the details still missing to write it. */
import type { Language, RelanceError, RenderedReminder } from '../../core';
import { describeError } from '../../core';
import { nowrapSegments } from './nowrap-segments';
import { paneStrings } from './strings';

/** `subject`: the subject the draft will really have (a reply keeps the thread's), when it is not the reminder's. */
export function ReminderPreview(props: { reminder?: RenderedReminder; renderError?: RelanceError; language: Language; title?: string; subject?: string }) {
  const strings = paneStrings[props.language].preview;
  const title = props.title ?? strings.title;
  if (props.renderError) {
    const { details } = describeError(props.renderError, props.language);
    return (
      <section class="preview" aria-label={title}>
        <h2>{title}</h2>
        <p>{strings.cannotWrite}</p>
        <ul>
          {details.map((detail) => (
            <li key={detail}>{detail}</li>
          ))}
        </ul>
      </section>
    );
  }
  if (!props.reminder) return null;
  return (
    <section class="preview" aria-label={title}>
      <h2>{title}</h2>
      <p>
        <strong>{strings.subject}</strong> {props.subject ?? props.reminder.subject}
      </p>
      {/* Plain text, so no client-supplied HTML ever reaches the pane's DOM. */}
      <div class="preview-body">
        {nowrapSegments(props.reminder.text).map((segment, index) =>
          segment.nowrap ? (
            <span key={index} class="nowrap">
              {segment.text}
            </span>
          ) : (
            segment.text
          ),
        )}
      </div>
    </section>
  );
}
