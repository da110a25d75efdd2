/** The core's reply reader, the one place the shell names it. */
export { readReply } from '../core';
