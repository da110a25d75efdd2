/**
 * The two mail readers, in their own chunk: chrono-node and their vocabularies are most of the
 * pane's weight, and the first paint (tabs, the log, a "reading…" state) needs neither.
 */
export { formFromMessage, readReply } from '../../core';
