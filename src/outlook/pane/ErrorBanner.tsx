/** A failure in words the user can act on, with an optional retry. */
import type { Language } from '../../core';
import { describeError } from '../../core';
import { paneStrings } from './strings';

export function ErrorBanner(props: { error: unknown; language: Language; onRetry?: () => void }) {
  const { title, details } = describeError(props.error, props.language);
  return (
    <div class="banner banner-error" role="alert">
      <strong>{title}</strong>
      {details.length > 0 && (
        <ul>
          {details.map((detail) => (
            <li key={detail}>{detail}</li>
          ))}
        </ul>
      )}
      {props.onRetry && (
        <button type="button" onClick={props.onRetry}>
          {paneStrings[props.language].actions.retry}
        </button>
      )}
    </div>
  );
}
