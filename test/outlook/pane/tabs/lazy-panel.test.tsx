// @vitest-environment jsdom
/** A tab's panel from its own chunk: a loading line while it comes, the failure and a retry when it cannot, at once once loaded. */
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import type { Language } from '../../../../src/core';
import { lazyPanel } from '../../../../src/outlook/pane/tabs/lazy-panel';

afterEach(cleanup);

type Props = { language: Language; name: string };
const Body = ({ name }: Props) => <p>Bonjour {name}</p>;
const loading = (language: Language) => (language === 'fr' ? 'Chargement…' : 'Loading…');

/** A chunk the test lets arrive, or fail as a lost connection does, when it says. */
function chunk() {
  const pending: { resolve: (body: typeof Body) => void; reject: (error: Error) => void }[] = [];
  return {
    load: () => new Promise<typeof Body>((resolve, reject) => pending.push({ resolve, reject })),
    arrive: () => pending.shift()!.resolve(Body),
    fail: () => pending.shift()!.reject(new TypeError('Failed to fetch dynamically imported module')),
    asked: () => pending.length,
  };
}

describe('a panel loaded from its own chunk', () => {
  it('says it is loading, in the pane’s language, until the chunk is there, then shows the panel', async () => {
    const { load, arrive } = chunk();
    const Panel = lazyPanel(load, loading);
    render(<Panel language="fr" name="Claire" />);
    expect(screen.getByText('Chargement…')).toBeTruthy();
    expect(screen.queryByText(/Bonjour/)).toBeNull();
    arrive();
    expect(await screen.findByText('Bonjour Claire')).toBeTruthy();
    expect(screen.queryByText('Chargement…')).toBeNull();
  });

  it('says the chunk failed to load, and loads it again when the user retries', async () => {
    const { load, arrive, fail, asked } = chunk();
    const Panel = lazyPanel(load, loading);
    render(<Panel language="fr" name="Claire" />);
    fail();
    const alert = await screen.findByRole('alert');
    expect(screen.queryByText(/Bonjour/)).toBeNull();
    fireEvent.click(within(alert).getByRole('button'));
    await screen.findByText('Chargement…');
    expect(asked()).toBe(1);
    arrive();
    expect(await screen.findByText('Bonjour Claire')).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('opens again at once once loaded, without asking for the chunk again', async () => {
    const { load, arrive, asked } = chunk();
    const Panel = lazyPanel(load, loading);
    const first = render(<Panel language="en" name="Ann" />);
    arrive();
    await screen.findByText('Bonjour Ann');
    first.unmount();
    render(<Panel language="en" name="Ann" />);
    expect(screen.getByText('Bonjour Ann')).toBeTruthy();
    expect(screen.queryByText('Loading…')).toBeNull();
    expect(asked()).toBe(0);
  });
});
