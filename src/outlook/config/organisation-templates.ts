/** Split from the first paint: the organisation's templates, read with the template parser. */
export { organisationCatalog } from '../../core';
