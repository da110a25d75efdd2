import { describe, expect, it } from 'vitest';
import { themeOfBackground } from '../../../src/outlook/pane/office-theme';

describe("Office's theme", () => {
  it('picks the dark tokens on a dark Office body background and the light ones on a light one', () => {
    expect(themeOfBackground('#1f1f1f')).toBe('dark');
    expect(themeOfBackground('#262626')).toBe('dark');
    expect(themeOfBackground('#ffffff')).toBe('light');
    expect(themeOfBackground('#f3f2f1')).toBe('light');
  });

  it('leaves the choice to the system when the host gives no colour it can read', () => {
    expect(themeOfBackground(undefined)).toBeUndefined();
    expect(themeOfBackground('rgb(0, 0, 0)')).toBeUndefined();
  });
});
