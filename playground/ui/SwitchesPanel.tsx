/** The switches that make the fake host harder, and the last Office calls the pane made. */
import type { CallRecord } from '../fake-office/create-fake-office';
import { type FailingErrorKind, failableCalls, type GraphMode, type Switches } from '../fake-office/switches';
import { chromeStrings } from './chrome-strings';

export function SwitchesPanel(props: { switches: Switches; calls: CallRecord[]; onChange: (next: Switches) => void }) {
  const { switches } = props;
  const strings = chromeStrings[switches.language].switches;
  const set = (patch: Partial<Switches>) => props.onChange({ ...switches, ...patch });
  const value = (event: Event) => (event.currentTarget as HTMLSelectElement | HTMLInputElement).value;
  return (
    <section class="switches" aria-label={strings.title}>
      <h2>{strings.title}</h2>
      <label>
        {strings.graph}
        <select name="graph" value={switches.graph} onChange={(event) => set({ graph: value(event) as GraphMode })}>
          {(Object.keys(strings.graphModes) as GraphMode[]).map((mode) => (
            <option key={mode} value={mode}>
              {strings.graphModes[mode]}
            </option>
          ))}
        </select>
      </label>
      <label>
        {strings.mailbox}
        <select name="mailbox" value={switches.mailboxVersion} onChange={(event) => set({ mailboxVersion: value(event) as Switches['mailboxVersion'] })}>
          <option value="1.13">{strings.mailboxModes['1.13']}</option>
          <option value="1.8">{strings.mailboxModes['1.8']}</option>
        </select>
      </label>
      <label class="check">
        <input type="checkbox" name="mobile" checked={switches.mobile} onChange={(event) => set({ mobile: (event.currentTarget as HTMLInputElement).checked })} />
        {strings.mobile}
      </label>
      <label class="check">
        <input
          type="checkbox"
          name="shared"
          checked={switches.sharedMailbox}
          onChange={(event) => set({ sharedMailbox: (event.currentTarget as HTMLInputElement).checked })}
        />
        {strings.shared}
      </label>
      <label class="check">
        <input
          type="checkbox"
          name="roaming"
          checked={switches.roamingAlmostFull}
          onChange={(event) => set({ roamingAlmostFull: (event.currentTarget as HTMLInputElement).checked })}
        />
        {strings.roaming}
      </label>
      <label>
        {strings.failing}
        <select name="failing" value={switches.failingCall} onChange={(event) => set({ failingCall: value(event) })}>
          <option value="">{strings.none}</option>
          {failableCalls.map((call) => (
            <option key={call} value={call}>
              {call}
            </option>
          ))}
        </select>
      </label>
      {switches.failingCall && (
        <label>
          {strings.error}
          <select name="failingError" value={switches.failingError} onChange={(event) => set({ failingError: value(event) as FailingErrorKind })}>
            {(Object.keys(strings.errors) as FailingErrorKind[]).map((kind) => (
              <option key={kind} value={kind}>
                {strings.errors[kind]}
              </option>
            ))}
          </select>
        </label>
      )}
      <label>
        {strings.language}
        <select name="language" value={switches.language} onChange={(event) => set({ language: value(event) as Switches['language'] })}>
          <option value="fr">Français (fr-FR)</option>
          <option value="en">English (en-GB)</option>
        </select>
      </label>
      <label>
        {strings.latency}
        <input
          type="number"
          name="latency"
          min={0}
          max={3000}
          step={20}
          value={switches.latencyMs}
          onChange={(event) => set({ latencyMs: Math.max(0, Number(value(event)) || 0) })}
        />
      </label>
      <h3>{strings.calls}</h3>
      <ol class="calls" aria-label={strings.calls}>
        {props.calls.map((call, index) => (
          <li key={index} class={call.ok ? 'ok' : 'failed'}>
            {call.ok ? '✓' : '✗'} {call.operation}
            {call.detail ? ` · ${call.detail}` : ''}
          </li>
        ))}
      </ol>
    </section>
  );
}
