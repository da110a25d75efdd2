/**
 * A record in its stored form: positional arrays, dates as day numbers, so a record with three
 * events takes a few hundred bytes (Apps Script allows 500 KB for all of a user's properties,
 * Outlook's roaming settings 32 KB). The compact form, for roaming settings, also leaves out what
 * only helps on screen and costs most: message ids, thread ids, quoted sentences and notes.
 * Decoding checks every field; anything it does not understand gives `undefined`, never a guess.
 */
import { fromDayNumber, toDayNumber } from '../dates/day-number';
import { isIsoDate } from '../dates/is-iso-date';
import { isLanguage } from '../model/language';
import type { Money } from '../model/money';
import type { StepId } from '../model/step';
import type { FollowUpEvent, FollowUpEventKind, PhoneOutcome, SentEvidence } from './follow-up-event';
import { followUpRecordFormat, type FollowUpRecord } from './follow-up-record';

type FieldType = 'str' | 'day' | 'money' | 'strs' | 'step' | 'bool' | 'outcome' | 'seen';
/** name, type, and whether the compact form drops it. */
type Field = readonly [name: string, type: FieldType, droppedWhenCompact?: boolean];

const eventFields: Record<FollowUpEventKind, { code: string; fields: readonly Field[] }> = {
  drafted: { code: 'd', fields: [['step', 'step']] },
  sent: { code: 's', fields: [['step', 'step'], ['seenIn', 'seen'], ['messageId', 'str', true]] },
  'phone-call': { code: 'c', fields: [['outcome', 'outcome'], ['note', 'str', true]] },
  replied: { code: 'r', fields: [['messageId', 'str', true]] },
  promise: { code: 'p', fields: [['date', 'day'], ['loggedOn', 'day'], ['amount', 'money'], ['evidence', 'str', true], ['messageId', 'str', true]] },
  dispute: { code: 'x', fields: [['evidence', 'str', true], ['messageId', 'str', true]] },
  'documents-asked': { code: 'o', fields: [['evidence', 'str', true], ['messageId', 'str', true]] },
  'plan-asked': { code: 'l', fields: [['evidence', 'str', true], ['messageId', 'str', true]] },
  'payment-announced': { code: 'a', fields: [['evidence', 'str', true], ['messageId', 'str', true]] },
  'payment-received': { code: 'm', fields: [['partial', 'bool'], ['amount', 'money'], ['means', 'str']] },
  stopped: { code: 'z', fields: [['note', 'str', true]] },
};

const kindOfCode = new Map(Object.entries(eventFields).map(([kind, spec]) => [spec.code, kind as FollowUpEventKind]));

const invoiceFields: readonly Field[] = [['number', 'str'], ['issueDate', 'day'], ['dueDate', 'day'], ['amount', 'money'], ['amountDue', 'money'], ['description', 'str']];
const contactFields: readonly Field[] = [['lastName', 'str'], ['email', 'str'], ['firstName', 'str'], ['civility', 'str'], ['role', 'str'], ['phone', 'str']];
const clientFields: readonly Field[] = [['company', 'str'], ['language', 'str'], ['address', 'strs']];
const recordFields: readonly Field[] = [['threadId', 'str', true], ['followUpOn', 'day']];

type Encoded = unknown[];

function encodeValue(type: FieldType, value: unknown): unknown {
  if (value === undefined) return null;
  if (type === 'day') return toDayNumber(value as string);
  if (type === 'money') return [(value as Money).value, (value as Money).currency];
  if (type === 'bool') return value ? 1 : 0;
  const list = listOf[type];
  return list ? list.indexOf(value as string) : value;
}

function encodeFields(source: Record<string, unknown>, fields: readonly Field[], compact: boolean): Encoded {
  const out = fields.map(([name, type, dropped]) => (compact && dropped ? null : encodeValue(type, source[name])));
  while (out.length > 0 && out[out.length - 1] === null) out.pop();
  return out;
}

/** The decoded value, or `invalid` when the stored value is not of the type. */
const invalid = Symbol('invalid');

/**
 * Steps, outcomes and evidences are stored as their position in these lists, which are part of
 * format 2: append to them, never reorder them.
 */
const storedSteps: readonly StepId[] = ['preventive', 'preventive-nudge', 'overdue-1', 'overdue-2', 'phone-call', 'penalties-letter', 'formal-notice', 'promise-ack', 'broken-promise', 'thank-you'];
const storedOutcomes: readonly PhoneOutcome[] = ['reached', 'left-message', 'promise-obtained'];
const storedEvidences: readonly SentEvidence[] = ['thread', 'user', 'migrated'];
const listOf: Partial<Record<FieldType, readonly string[]>> = { step: storedSteps, outcome: storedOutcomes, seen: storedEvidences };

function fromList(list: readonly string[], value: unknown): unknown {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value < list.length ? list[value] : invalid;
}


function decodeValue(type: FieldType, value: unknown): unknown {
  if (value === null || value === undefined) return undefined;
  switch (type) {
    case 'str':
      return typeof value === 'string' ? value : invalid;
    case 'day': {
      if (typeof value !== 'number' || !Number.isInteger(value)) return invalid;
      const date = fromDayNumber(value);
      return isIsoDate(date) ? date : invalid;
    }
    case 'money':
      return Array.isArray(value) && value.length === 2 && typeof value[0] === 'number' && Number.isFinite(value[0]) && typeof value[1] === 'string'
        ? { value: value[0], currency: value[1] }
        : invalid;
    case 'strs':
      return Array.isArray(value) && value.every((line) => typeof line === 'string') ? [...(value as string[])] : invalid;
    case 'step':
      return fromList(storedSteps, value);
    case 'bool':
      return value === 1 ? true : value === 0 ? undefined : invalid;
    case 'outcome':
      return fromList(storedOutcomes, value);
    case 'seen':
      return fromList(storedEvidences, value);
  }
}

function decodeFields(values: unknown, fields: readonly Field[], required: readonly string[]): Record<string, unknown> | undefined {
  if (!Array.isArray(values) || values.length > fields.length) return undefined;
  const out: Record<string, unknown> = {};
  for (const [index, [name, type]] of fields.entries()) {
    const value = decodeValue(type, values[index]);
    if (value === invalid) return undefined;
    if (value !== undefined) out[name] = value;
    else if (required.includes(name)) return undefined;
  }
  return out;
}

function encodeEvent(event: FollowUpEvent, compact: boolean): Encoded {
  const spec = eventFields[event.kind];
  return [spec.code, toDayNumber(event.on), ...encodeFields(event as unknown as Record<string, unknown>, spec.fields, compact)];
}

const requiredEventFields: Partial<Record<FollowUpEventKind, string[]>> = {
  drafted: ['step'],
  sent: ['step', 'seenIn'],
  'phone-call': ['outcome'],
  promise: ['date', 'loggedOn'],
};

function decodeEvent(value: unknown): FollowUpEvent | undefined {
  if (!Array.isArray(value) || value.length < 2) return undefined;
  const kind = kindOfCode.get(value[0] as string);
  const on = decodeValue('day', value[1]);
  if (!kind || typeof on !== 'string') return undefined;
  const fields = decodeFields(value.slice(2), eventFields[kind].fields, requiredEventFields[kind] ?? []);
  return fields ? ({ kind, on, ...fields } as FollowUpEvent) : undefined;
}

export type EncodedRecord = unknown[];

export function encodeRecord(record: FollowUpRecord, options: { compact?: boolean } = {}): EncodedRecord {
  const compact = options.compact ?? false;
  const { contact, ...client } = record.client;
  return [
    followUpRecordFormat,
    record.events.map((event) => encodeEvent(event, compact)),
    encodeFields(record.invoice, invoiceFields, compact),
    encodeFields(contact, contactFields, compact),
    encodeFields(client, clientFields, compact),
    ...encodeFields(record, recordFields, compact),
  ];
}

/** `unknown-format` for a record of another format (a newer Relance), `unreadable` for anything else that is not a record. */
export type DecodedRecord = { record: FollowUpRecord } | { problem: 'unknown-format' | 'unreadable' };

export function decodeRecord(value: unknown): DecodedRecord {
  if (!Array.isArray(value)) return { problem: 'unreadable' };
  if (value[0] !== followUpRecordFormat) return { problem: typeof value[0] === 'number' ? 'unknown-format' : 'unreadable' };
  const [, events, invoice, contact, client, ...rest] = value;
  if (!Array.isArray(events)) return { problem: 'unreadable' };
  const decodedEvents = events.map(decodeEvent);
  const decodedInvoice = decodeFields(invoice, invoiceFields, ['number', 'issueDate', 'dueDate', 'amount']);
  const decodedContact = decodeFields(contact, contactFields, ['lastName', 'email']);
  const decodedClient = decodeFields(client, clientFields, ['company']);
  const decodedRest = decodeFields(rest, recordFields, []);
  if (decodedEvents.some((event) => !event) || !decodedInvoice || !decodedContact || !decodedClient || !decodedRest) return { problem: 'unreadable' };
  if (decodedClient.language !== undefined && !isLanguage(decodedClient.language)) return { problem: 'unreadable' };
  return {
    record: {
      invoice: decodedInvoice as FollowUpRecord['invoice'],
      client: { ...(decodedClient as Omit<FollowUpRecord['client'], 'contact'>), contact: decodedContact as FollowUpRecord['client']['contact'] },
      ...decodedRest,
      events: decodedEvents as FollowUpEvent[],
    },
  };
}
