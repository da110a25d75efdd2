import { describe, expect, it } from 'vitest';
import { describePlanReason } from '../../../src/core';

describe('the plan reason in words', () => {
  it('says "demain" / "tomorrow" for a due date one day away, and counts the days otherwise', () => {
    const due = (daysLeft: number) => ({ code: 'preventive' as const, dueDate: '2026-03-10', daysLeft });
    expect(describePlanReason(due(1), 'fr')).toMatch(/^Échéance demain\s: /);
    expect(describePlanReason(due(1), 'en')).toMatch(/^Due tomorrow: /);
    expect(describePlanReason(due(7), 'fr')).toMatch(/^Échéance dans 7 jours\s: /);
    expect(describePlanReason(due(7), 'en')).toMatch(/^Due in 7 days: /);
  });
});
