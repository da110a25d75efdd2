/** What an action did (and did not do), as a short list of sentences. */
export type NoticeTone = 'success' | 'warning';

export function Notice(props: { lines: string[]; tone?: NoticeTone }) {
  if (props.lines.length === 0) return null;
  return (
    // tabindex -1: the pane moves focus to an action's result rather than leaving it on the body.
    <div class={`banner banner-${props.tone ?? 'success'}`} role="status" tabIndex={-1}>
      {props.lines.map((line) => (
        <p key={line}>{line}</p>
      ))}
    </div>
  );
}
