/**
 * What the accessibility, layout and keyboard tests ask of the task pane: its frame, axe-core run
 * inside it, the pane at a given size (Outlook's task pane is 320 to 350 px wide), whether an
 * element shows without scrolling, and screenshots kept in test-output/screenshots/.
 */
import { mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Frame, Page } from 'playwright-core';

const root = join(import.meta.dirname, '..', '..', '..');
const axePath = join(root, 'node_modules', 'axe-core', 'axe.min.js');
export const screenshotDir = join(root, 'test-output', 'screenshots');

/** The task pane's frame, once the pane has painted past "Reading the message…". */
export async function paneFrame(page: Page): Promise<Frame> {
  const handle = await page.locator('iframe[title="Relance"]').elementHandle({ timeout: 10_000 });
  const frame = await handle?.contentFrame();
  if (!frame) throw new Error('the task pane has no frame');
  await frame.locator('main [role="tabpanel"]').waitFor({ timeout: 10_000 });
  return frame;
}

type AxeResult = { violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[]; failureSummary?: string }[] }[] };

/** Runs axe-core (WCAG 2.x A and AA, best practices) in the pane; throws with every violation found, named by the state. */
export async function expectNoAxeViolations(page: Page, state: string): Promise<void> {
  const frame = await paneFrame(page);
  // Let a running action or a transition settle: axe reads colours as painted.
  await frame.locator('main [role="tabpanel"][aria-busy="true"]').waitFor({ state: 'detached', timeout: 10_000 }).catch(() => undefined);
  if (!(await frame.evaluate(() => 'axe' in window))) await frame.addScriptTag({ path: axePath });
  const result = await frame.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<unknown> } }).axe;
    return axe.run(document, { resultTypes: ['violations'] });
  });
  const { violations } = result as AxeResult;
  if (violations.length > 0) {
    const lines = violations.flatMap((violation) => [
      `${violation.id} (${violation.impact ?? 'n/a'}): ${violation.help}`,
      ...violation.nodes.map((node) => `  ${JSON.stringify(node.target)} ${node.failureSummary?.replace(/\s+/g, ' ') ?? ''}`),
    ]);
    throw new Error(`axe found ${violations.length} violation(s) in the state "${state}":\n${lines.join('\n')}`);
  }
}

/**
 * The pane at Outlook's task pane size: the frame is fixed to the page's bottom right corner at
 * `width` × `height`, so the folders and the message list stay clickable.
 */
export async function sizePane(page: Page, width: number, height: number): Promise<void> {
  await page.addStyleTag({
    content: `.task-pane iframe { position: fixed !important; right: 0; bottom: 0; width: ${width}px !important; height: ${height}px !important; flex: none !important; z-index: 100; background: #fff; }`,
  });
}

/** True when the element is inside the pane's viewport as it first shows, without scrolling. */
export async function visibleWithoutScrolling(frame: Frame, selector: { role: 'button'; name: string }): Promise<boolean> {
  const element = frame.getByRole(selector.role, { name: selector.name, exact: true });
  await element.waitFor({ timeout: 10_000 });
  return element.evaluate((node) => {
    const box = node.getBoundingClientRect();
    return window.scrollY === 0 && box.top >= 0 && box.bottom <= window.innerHeight && box.right <= window.innerWidth;
  });
}

/** A screenshot of the pane alone, kept in test-output/screenshots/<name>.png; returns its size in bytes. */
export async function paneScreenshot(page: Page, name: string): Promise<number> {
  mkdirSync(screenshotDir, { recursive: true });
  const path = join(screenshotDir, `${name}.png`);
  await page.locator('iframe[title="Relance"]').screenshot({ path });
  return statSync(path).size;
}
