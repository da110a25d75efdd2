// The RelanceError a call throws, so a test can look at its code and fields.
import { RelanceError } from '../../../src/core';

export function errorOf(run: () => unknown): RelanceError {
  try {
    run();
  } catch (error) {
    if (error instanceof RelanceError) return error;
    throw error;
  }
  throw new Error('expected a RelanceError');
}
