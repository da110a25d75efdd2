/** The text of a built-in template (`fr/overdue-1.hbs`), where an admin's edit starts from. */
import { defaultSources } from './default-sources.generated';

export function defaultTemplateSource(file: string): string | undefined {
  return Object.prototype.hasOwnProperty.call(defaultSources, file) ? defaultSources[file] : undefined;
}
