/**
 * Outlook on the web runs at most three asynchronous Office calls at once and fails the fourth;
 * every Office call goes through one queue so the pane never trips that limit.
 */
export type CallQueue = {
  run<T>(task: () => Promise<T>): Promise<T>;
  /** Calls running now (for tests and diagnostics). */
  readonly active: number;
};

export const officeConcurrencyLimit = 3;

export function createCallQueue(limit = officeConcurrencyLimit): CallQueue {
  let active = 0;
  const waiting: (() => void)[] = [];

  const release = () => {
    active -= 1;
    waiting.shift()?.();
  };

  return {
    get active() {
      return active;
    },
    async run<T>(task: () => Promise<T>): Promise<T> {
      if (active >= limit) await new Promise<void>((resolve) => waiting.push(resolve));
      active += 1;
      try {
        return await task();
      } finally {
        release();
      }
    },
  };
}
