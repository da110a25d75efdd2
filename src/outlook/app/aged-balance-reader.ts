/** The aged-balance reader, in its own chunk: papaparse loads when the user imports a file, not with the pane. */
export { readAgedBalance } from '../../core';
