/** The reply reader, in its own chunk: only the reply view needs it, and its vocabulary is large. */
export { readReply } from '../../core';
