/** The names of the fields the import card and the other-invoices boxes send back, shared by the cards that show them and the handlers that read them. */
export const pasteField = 'agedBalance';
export const currencyField = 'agedBalanceCurrency';
export const columnField = (role: string) => `agedBalanceColumn.${role}`;
export const otherInvoicesField = 'otherInvoices';

/**
 * Characters a paste may hold. A followed invoice takes more bytes in the store than its line in
 * the CSV, so a text past this cannot fit in the 488 KB left to records: it is refused before reading.
 */
export const pasteLimit = 300_000;
