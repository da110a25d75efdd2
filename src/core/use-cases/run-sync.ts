/** Runs a use case against a synchronous port (Apps Script): each call answers before the next is asked. */
import type { SyncMailbox } from '../mailbox/mailbox';
import { perform, type UseCase } from './port-call';

export function runSync<Result>(useCase: UseCase<Result>, port: SyncMailbox): Result {
  let step = useCase.next();
  while (!step.done) {
    let answer: unknown;
    let failure: { error: unknown } | undefined;
    try {
      answer = perform(port, step.value);
    } catch (error) {
      failure = { error };
    }
    step = failure ? useCase.throw(failure.error) : useCase.next(answer);
  }
  return step.value;
}
