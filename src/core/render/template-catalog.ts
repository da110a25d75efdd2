/**
 * Templates as data: precompiled Handlebars specs per language and step, with the view paths each
 * one uses outside `{{#if}}` (so a render can list every missing field before it writes anything).
 */
import type { Language } from '../model/language';

export type CompiledTemplate = {
  /** Handlebars precompiled template specs (objects of functions: no eval at run time). */
  subject: unknown;
  body: unknown;
  /** View paths the template needs; `invoices[].description` means every invoice's. */
  requires: readonly string[];
};

export type TemplateCatalog = Partial<Record<Language, Readonly<Record<string, CompiledTemplate>>>>;
