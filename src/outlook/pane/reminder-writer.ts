/**
 * What writes the reminders (the built-in templates, the Handlebars runtime and the renderer): its
 * own chunk, loaded at start beside the settings, so the pane's first paint does without it.
 */
export { proposeAnswer, proposeReminder, renderForEntry } from '../../core';
