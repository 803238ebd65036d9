import axe from 'axe-core';
import { expect } from 'vitest';

/**
 * axe on a rendered fragment. `region` is a page-level concern; jsdom cannot compute colours, so
 * `color-contrast` is left to the browser suite.
 */
export async function expectNoAxeViolations(container: Element): Promise<void> {
  const results = await axe.run(container, {
    resultTypes: ['violations'],
    rules: { region: { enabled: false }, 'color-contrast': { enabled: false } },
  });
  // Each node is named by the state it belongs to, when the test labels states (`data-axe-label`).
  const where = (target: unknown) => {
    const element =
      typeof target === 'string' ? container.ownerDocument.querySelector(target) : null;
    return element?.closest('[data-axe-label]')?.getAttribute('data-axe-label') ?? '';
  };
  const summary = results.violations.map(
    (violation) =>
      `${violation.id}: ${violation.help} — ${violation.nodes
        .map((node) => `${where(node.target[0])} ${node.html}`)
        .join(' | ')}`,
  );
  expect(summary).toEqual([]);
}
