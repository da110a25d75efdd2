/**
 * Reads an organisation settings document (parsed JSON, untrusted) and reports every problem of
 * its shape with its path, in one pass: wrong types, unknown fields, bank details that fail their
 * checks, scenarios out of order, rules naming a segment nobody defined. What passes is returned;
 * what fails is left out and reported, never silently dropped. The templates' own text is checked
 * by `validateOrganisationSettings`, which loads the template parser: the Outlook pane does so
 * only when the document has templates.
 */
import { languages } from '../model/language';
import { isEmail } from '../validation/is-email';
import { isIban } from '../validation/is-iban';
import { boolean, type Check, decimal, integer, list, longText, object, oneOf, optional, type Problems, record, required, text } from './check-shape';
import { escalationSteps, type OrganisationSettings, settingsVersion } from './organisation-settings';
import type { SettingsProblem } from './settings-problem';

export type SettingsReading<T> = { settings: T | undefined; problems: SettingsProblem[] };

const jurisdictions = ['FR', 'UK'] as const;
const bicPattern = /^[A-Z]{6}[A-Z0-9]{2}(?:[A-Z0-9]{3})?$/;
const domainPattern = /^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;
const segmentPattern = /^[\w-]{1,40}$/;

const line = text({ max: 200 });
const positiveDays = integer(1, 365);

const scenario = object({
  preventive: optional(object({ enabled: optional(boolean), fromDays: optional(integer(-60, -1)), toDays: optional(integer(-60, -1)), idealDays: optional(integer(-60, -1)) })),
  preventiveNudge: optional(
    object({ enabled: optional(boolean), fromDays: optional(integer(-60, -1)), toDays: optional(integer(-60, -1)), afterPreventiveDays: optional(integer(0, 60)) }),
  ),
  escalation: optional(list(object({ step: required(oneOf(escalationSteps)), offsetDays: required(positiveDays), enabled: optional(boolean) }), escalationSteps.length)),
  minGapDays: optional(integer(0, 90)),
  promiseGraceDays: optional(integer(0, 60)),
  promiseAck: optional(boolean),
  brokenPromise: optional(boolean),
  thankYou: optional(boolean),
  deadlineDays: optional(positiveDays),
  noticeDays: optional(positiveDays),
});

const document = object({
  version: required(integer(0, 1000)),
  identity: required(
    object({
      company: required(text({ max: 200 })),
      legalMentions: optional(text({ max: 500 })),
      address: optional(list(line, 8)),
      city: optional(text({ max: 120 })),
      phone: optional(text({ max: 40 })),
    }),
  ),
  bank: optional(
    object({
      iban: optional(text({ max: 42, valid: isIban, invalid: 'invalid-iban' })),
      bic: optional(text({ max: 11, valid: (v) => bicPattern.test(v.toUpperCase()), invalid: 'invalid-bic' })),
      sortCode: optional(text({ max: 8, valid: (v) => /^\d{2}-?\d{2}-?\d{2}$/.test(v), invalid: 'invalid-sort-code' })),
      accountNumber: optional(text({ max: 8, valid: (v) => /^\d{8}$/.test(v), invalid: 'invalid-account-number' })),
    }),
  ),
  terms: optional(
    object({
      jurisdiction: optional(oneOf(jurisdictions)),
      annualRatePercent: optional(decimal(0, 100)),
      // L441-10: never below three times the legal interest rate.
      legalRateMultiple: optional(decimal(3, 20)),
    }),
  ),
  defaultLanguage: optional(oneOf(languages)),
  defaultSegment: optional(text({ max: 40, valid: (v) => segmentPattern.test(v) })),
  scenarios: optional(record((name) => segmentPattern.test(name), scenario, 20, (path, name) => `${path}.${name}`)),
  clients: optional(
    list(
      object({
        email: optional(text({ max: 254, valid: isEmail, invalid: 'invalid-email' })),
        domain: optional(text({ max: 253, valid: (v) => domainPattern.test(v.toLowerCase()), invalid: 'invalid-domain' })),
        segment: optional(text({ max: 40, valid: (v) => segmentPattern.test(v) })),
        language: optional(oneOf(languages)),
        jurisdiction: optional(oneOf(jurisdictions)),
        company: optional(text({ max: 120 })),
        civility: optional(text({ max: 20 })),
      }),
      2000,
    ),
  ),
  templates: optional(record(() => true, longText(20_000), 60, (path, name) => `${path}["${name}"]`)),
  graph: optional(object({ clientId: optional(text({ max: 100 })) })),
});

type Raw = Record<string, unknown>;
const asRecord = (value: unknown): Raw => (typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Raw) : {});
const asList = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const present = (value: unknown) => value !== undefined && value !== null && value !== '';

// Cross-field checks run on the document as written, so their paths keep the admin's indices
// even when an earlier item was refused.
function checkScenarioOrder(name: string, written: Raw, problems: Problems): void {
  const at = `scenarios.${name}`;
  let previous: { step: string; offsetDays: number } | undefined;
  const seen = new Set<string>();
  asList(written.escalation).forEach((item, index) => {
    const { step, offsetDays } = asRecord(item);
    if (typeof step !== 'string' || !(escalationSteps as readonly string[]).includes(step)) return;
    if (seen.has(step)) {
      problems.push({ path: `${at}.escalation[${index}].step`, code: 'duplicate' });
      return;
    }
    seen.add(step);
    if (typeof offsetDays !== 'number' || !Number.isInteger(offsetDays)) return;
    const order = (id: string) => (escalationSteps as readonly string[]).indexOf(id);
    if (previous && (order(step) < order(previous.step) || offsetDays <= previous.offsetDays)) {
      problems.push({ path: `${at}.escalation[${index}].offsetDays`, code: 'not-in-order', expected: `${previous.step} J+${previous.offsetDays}` });
    }
    previous = { step, offsetDays };
  });
  const preventive = asRecord(written.preventive);
  if (typeof preventive.fromDays === 'number' && typeof preventive.toDays === 'number' && preventive.fromDays > preventive.toDays) {
    problems.push({ path: `${at}.preventive.toDays`, code: 'out-of-range', expected: `≥ ${preventive.fromDays}` });
  }
}

function checkConsistency(raw: Raw, problems: Problems): void {
  const scenarios = asRecord(raw.scenarios);
  const segments = Object.keys(scenarios);
  const known = segments.length > 0 ? segments.join(', ') : '—';
  for (const [name, written] of Object.entries(scenarios)) checkScenarioOrder(name, asRecord(written), problems);
  if (typeof raw.defaultSegment === 'string' && raw.defaultSegment && !segments.includes(raw.defaultSegment)) {
    problems.push({ path: 'defaultSegment', code: 'unknown-segment', expected: known });
  }
  const terms = asRecord(raw.terms);
  // The multiple of the legal interest rate is French law's: it needs French terms.
  if (present(terms.legalRateMultiple) && present(terms.jurisdiction) && terms.jurisdiction !== 'FR') {
    problems.push({ path: 'terms.jurisdiction', code: 'not-one-of', expected: 'FR' });
  }
  asList(raw.clients).forEach((item, index) => {
    const rule = asRecord(item);
    if (present(rule.email) === present(rule.domain)) problems.push({ path: `clients[${index}]`, code: 'one-of-email-or-domain' });
    if (typeof rule.segment === 'string' && rule.segment && !segments.includes(rule.segment)) {
      problems.push({ path: `clients[${index}].segment`, code: 'unknown-segment', expected: known });
    }
  });
}

export function checkOrganisationShape(value: unknown): SettingsReading<OrganisationSettings> {
  const problems: Problems = [];
  const raw = value as { version?: unknown } | null;
  if (typeof raw === 'object' && raw !== null && typeof raw.version === 'number' && raw.version !== settingsVersion) {
    // A newer document would be misread field by field: say which version this Relance reads.
    return { settings: undefined, problems: [{ path: 'version', code: 'unsupported-version', expected: String(settingsVersion) }] };
  }
  const checked = (document as Check<Partial<OrganisationSettings>>)(value, '', problems);
  if (checked) checkConsistency(value as Raw, problems);
  const complete = checked?.version === settingsVersion && checked.identity?.company ? (checked as OrganisationSettings) : undefined;
  return { settings: complete, problems };
}

