/** Runs a use case against an asynchronous port (Office.js): each call is awaited before the next is asked. */
import type { Mailbox } from '../mailbox/mailbox';
import { perform, type UseCase } from './port-call';

export async function runAsync<Result>(useCase: UseCase<Result>, port: Mailbox): Promise<Result> {
  let step = useCase.next();
  while (!step.done) {
    let answer: unknown;
    let failure: { error: unknown } | undefined;
    try {
      answer = await perform(port, step.value);
    } catch (error) {
      failure = { error };
    }
    step = failure ? useCase.throw(failure.error) : useCase.next(answer);
  }
  return step.value;
}
