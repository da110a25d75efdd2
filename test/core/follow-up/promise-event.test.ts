import { describe, expect, it } from 'vitest';
import { describeError, promiseEvent } from '../../../src/core';
import { errorOf } from '../support/error-of';

describe('a payment promise', () => {
  it('is refused when its date has already passed, saying so in French and English', () => {
    const error = errorOf(() => promiseEvent({ on: '2026-03-25', date: '2026-03-20', today: '2026-03-25' }));
    expect(error.code).toBe('invalid-input');
    expect(error.issues).toEqual([{ field: 'history.promise.date', problem: 'in-past' }]);
    expect(describeError(error, 'fr').details).toEqual(['date promise\u00a0: est déjà passée, indiquez une date à venir']);
    expect(describeError(error, 'en').details).toEqual(['promised date: has already passed, enter a date still to come']);
  });

  it('is accepted for today and later, with what the client wrote', () => {
    expect(promiseEvent({ on: '2026-03-25', date: '2026-03-25', today: '2026-03-25', evidence: 'Aujourd’hui même.' })).toEqual({
      kind: 'promise',
      on: '2026-03-25',
      date: '2026-03-25',
      loggedOn: '2026-03-25',
      evidence: 'Aujourd’hui même.',
    });
  });

  it('is refused without a date, or with a date that does not exist', () => {
    expect(errorOf(() => promiseEvent({ on: '2026-03-25', date: undefined, today: '2026-03-25' })).issues[0]?.problem).toBe('required');
    expect(errorOf(() => promiseEvent({ on: '2026-03-25', date: '2026-02-30', today: '2026-01-25' })).issues[0]?.problem).toBe('invalid-date');
  });
});
