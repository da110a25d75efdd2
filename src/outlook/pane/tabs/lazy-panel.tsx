/** A tab's panel from its own chunk, loaded when the tab opens: a loading line meanwhile, the failure and a retry when it cannot load. */
import type { ComponentType, JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { Language } from '../../../core';
import { ErrorBanner } from '../ErrorBanner';

export function lazyPanel<P extends { language: Language }>(load: () => Promise<ComponentType<P>>, loading: (language: Language) => string): (props: P) => JSX.Element {
  // Once loaded, the panel opens again at once: no loading frame each time the tab is picked.
  let loaded: ComponentType<P> | undefined;
  return function LazyPanel(props: P) {
    const [Body, setBody] = useState<ComponentType<P> | undefined>(() => loaded);
    const [error, setError] = useState<unknown>();
    const [attempt, setAttempt] = useState(0);
    useEffect(() => {
      if (Body) return undefined;
      let live = true;
      setError(undefined);
      // A failed load is not kept by webpack: the retry asks for the chunk again.
      load().then(
        (component) => {
          loaded = component;
          if (live) setBody(() => component);
        },
        // Offline when the chunk was needed: said, and tried again on the user's click.
        (failure: unknown) => live && setError(failure),
      );
      return () => {
        live = false;
      };
    }, [Body, attempt]);
    if (error !== undefined) return <ErrorBanner error={error} language={props.language} onRetry={() => setAttempt((count) => count + 1)} />;
    if (!Body) return <p>{loading(props.language)}</p>;
    return <Body {...props} />;
  };
}
