/** The use cases over a client's invoices (one reminder for several, the import, the contact), in their own chunk: they run on a click, never at first paint. */
export { createClientDraft, importAgedBalance, updateClientContact } from '../../core';
