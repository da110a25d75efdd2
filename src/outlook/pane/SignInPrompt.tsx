/**
 * The "Se connecter / Sign in" button shown after a silent sign-in failed. The sign-in starts in the
 * click's own handler, since a popup opened after an `await` may be blocked, and the pane then says
 * what actually happened (signed in, popup blocked, cancelled, consent missing, offline).
 */
import { useState } from 'preact/hooks';
import type { Language } from '../../core';
import type { SignInOutcome } from '../adapter/naa-token';
import { paneStrings } from './strings';

export function SignInPrompt(props: { language: Language; signIn: () => Promise<SignInOutcome>; onSignedIn: () => void; busy?: boolean }) {
  const strings = paneStrings[props.language].signIn;
  const [outcome, setOutcome] = useState<SignInOutcome>();
  const [pending, setPending] = useState(false);
  const click = () => {
    // No await before this call: the popup opens from the click.
    const started = props.signIn();
    setPending(true);
    void started.then((result) => {
      setPending(false);
      setOutcome(result);
      if (result === 'signed-in') props.onSignedIn();
    });
  };
  return (
    <div class="sign-in">
      {outcome && outcome !== 'signed-in' && (
        <p role="alert" class="banner banner-warning">
          {strings.outcomes[outcome]}
        </p>
      )}
      {outcome !== 'signed-in' && (
        <button type="button" class="primary" disabled={pending || props.busy} onClick={click}>
          {strings.button}
        </button>
      )}
    </div>
  );
}
