/** The "Aujourd'hui" tab, loaded when opened: the plan of the day and the import stay out of the pane's first paint. */
import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { ErrorBanner } from '../ErrorBanner';
import { todayStrings } from '../today-strings';
import type { TabProps } from './tab-props';

const loadBody = async (): Promise<{ TodayTabBody: ComponentType<TabProps> }> => import(/* webpackChunkName: "today" */ './TodayTabBody');

export function TodayTab(props: TabProps) {
  const [Body, setBody] = useState<ComponentType<TabProps>>();
  const [error, setError] = useState<unknown>();
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let live = true;
    setError(undefined);
    loadBody().then(
      (loaded) => live && setBody(() => loaded.TodayTabBody),
      // Offline when the chunk was needed: said, and tried again on the user's click.
      (failure: unknown) => live && setError(failure),
    );
    return () => {
      live = false;
    };
  }, [attempt]);
  if (error !== undefined) return <ErrorBanner error={error} language={props.language} onRetry={() => setAttempt((count) => count + 1)} />;
  if (!Body) return <p>{todayStrings[props.language].loading}</p>;
  return <Body {...props} />;
}
