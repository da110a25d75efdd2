/** Every template name the built-in catalog has: an override of anything else would never be used. */
import { languages } from '../model/language';
import { defaultCatalog } from './default-catalog.generated';

export function templateNames(): string[] {
  return [...new Set(languages.flatMap((language) => Object.keys(defaultCatalog[language] ?? {})))].sort();
}
