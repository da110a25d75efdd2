/**
 * The reply reader, in its own chunk, loaded only when the user opens a client's reply: chrono-node
 * and the reply vocabularies are most of the pane's weight, and no other view needs them.
 */
export { readReply } from '../../core';
