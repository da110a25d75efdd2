/** Moved to the playground, which runs the same fakes in the browser: re-exported for the tests. */
export * from '../../../playground/fake-gmail/fake-properties-service';
