/** The steps of the default scenario and how each one reaches the client. */
export const stepIds = [
  'preventive',
  'preventive-nudge',
  'overdue-1',
  'overdue-2',
  'phone-call',
  'penalties-letter',
  'formal-notice',
  'promise-ack',
  'broken-promise',
  'thank-you',
] as const;

export type StepId = (typeof stepIds)[number];
export type Channel = 'email' | 'phone' | 'letter';

export function isStepId(value: unknown): value is StepId {
  return typeof value === 'string' && (stepIds as readonly string[]).includes(value);
}

/** A step an admin may define: a default id, or a custom one, with its channel. */
export type Step = { id: string; channel: Channel };

export const defaultChannels: Record<StepId, Channel> = {
  preventive: 'email',
  'preventive-nudge': 'email',
  'overdue-1': 'email',
  'overdue-2': 'email',
  'phone-call': 'phone',
  'penalties-letter': 'letter',
  'formal-notice': 'letter',
  'promise-ack': 'email',
  'broken-promise': 'email',
  'thank-you': 'email',
};
