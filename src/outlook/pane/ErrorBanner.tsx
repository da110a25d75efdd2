/** A failure in words the user can act on: what failed, what it left intact, and a retry where one can work. */
import type { Language } from '../../core';
import { describeError } from '../../core';
import { paneStrings } from './strings';

export function ErrorBanner(props: { error: unknown; language: Language; onRetry?: (() => void) | undefined; intact?: string | undefined }) {
  const { title, details } = describeError(props.error, props.language);
  return (
    // tabindex -1: the pane moves focus here once an action fails, so a keyboard or screen reader user lands on it.
    <div class="banner banner-error" role="alert" tabIndex={-1}>
      {props.intact && <p class="intact">{props.intact}</p>}
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
