/**
 * The invoice reader, in its own chunk: the form is prefilled from the open message after the pane
 * has painted, so its vocabulary stays out of the first script.
 */
export { formFromMessage } from '../../core';
