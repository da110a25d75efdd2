/**
 * Office's theme, when the host gives one (Office.context.officeTheme, Mailbox 1.x on Windows and
 * Mac): a dark body background picks the pane's dark tokens, whatever the system's colour scheme.
 */
export type ThemeName = 'light' | 'dark';

/** "#1f1f1f" → dark; undefined when the colour is not a #rrggbb hex (the system's scheme then decides). */
export function themeOfBackground(color: string | undefined): ThemeName | undefined {
  const hex = /^#?([0-9a-f]{6})$/i.exec(color?.trim() ?? '')?.[1];
  if (!hex) return undefined;
  const [r, g, b] = [0, 2, 4].map((at) => Number.parseInt(hex.slice(at, at + 2), 16) / 255) as [number, number, number];
  // Relative luminance (WCAG 2): below the middle grey's, the background is dark.
  const linear = (c: number) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b) < 0.18 ? 'dark' : 'light';
}
