/**
 * A reminder written out: subject, plain text and safe HTML from one template. It checks the whole
 * input first and lists every missing field, so it never returns a half-filled draft.
 */
import HandlebarsRuntime from 'handlebars/runtime';

type TemplateSpecification = Parameters<typeof HandlebarsRuntime.template>[0];
import { RelanceError } from '../errors/relance-error';
import type { Language } from '../model/language';
import { type Channel, defaultChannels, isStepId, type Step } from '../model/step';
import { defaultCatalog } from '../templates/default-catalog.generated';
import { interpretTemplate, isInterpretedTemplate } from '../templates/interpret-template';
import { validateRenderInput } from '../validation/validate-render-input';
import { buildReminderView } from './build-reminder-view';
import { findMissingFields } from './find-missing-fields';
import type { RenderInput } from './render-input';
import type { CompiledTemplate } from './template-catalog';
import { textToHtml } from './text-to-html';

export type RenderedReminder = {
  step: string;
  language: Language;
  channel: Channel;
  subject: string;
  text: string;
  html: string;
};

const handlebars = HandlebarsRuntime.create();
const compiled = new WeakMap<object, (view: unknown) => string>();

function run(spec: unknown, view: unknown): string {
  // An organisation's template, read at run time by compileCatalog: walked, never compiled.
  if (isInterpretedTemplate(spec)) return interpretTemplate(spec, view);
  let template = compiled.get(spec as object);
  if (!template) {
    const delegate = handlebars.template(spec as TemplateSpecification);
    // No prototype access: a template only ever reads the view's own data.
    template = (context) => delegate(context, { data: { root: context } });
    compiled.set(spec as object, template);
  }
  return template(view);
}

/** Optional paragraphs leave runs of blank lines behind; templates were stripped of trailing spaces when compiled. */
function tidy(text: string): string {
  return text.replace(/\n{3,}/g, '\n\n').trim();
}

function resolveStep(step: RenderInput['step']): Step {
  if (typeof step === 'string') {
    if (!isStepId(step)) throw new RelanceError('unknown-step', [{ field: 'step', problem: 'required' }], `unknown step ${step}`);
    return { id: step, channel: defaultChannels[step] };
  }
  return step;
}

export function renderReminder(input: RenderInput): RenderedReminder {
  validateRenderInput(input);
  const step = resolveStep(input.step);
  const language: Language = input.language ?? input.client.language ?? 'fr';
  const template: CompiledTemplate | undefined = (input.catalog ?? defaultCatalog)[language]?.[step.id];
  if (!template) throw new RelanceError('unknown-step', [{ field: 'step', problem: 'required' }], `no ${language} template for ${step.id}`);
  const view = buildReminderView(input, step.id, language);
  const missing = findMissingFields(view, template.requires);
  if (missing.length > 0) throw new RelanceError('missing-fields', missing);
  const text = tidy(run(template.body, view));
  return {
    step: step.id,
    language,
    channel: step.channel,
    // Line breaks and runs of spaces go; the no-break spaces of amounts, dates and "n°" stay.
    subject: tidy(run(template.subject, view)).replace(/[^\S\u00a0]+/g, ' '),
    text,
    html: textToHtml(text),
  };
}
