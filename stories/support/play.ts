/** Assertions shared by the stories' play functions. */
import { expect, within } from 'storybook/test';

/** The one banner (or warning list) a story renders. */
export function rootOf(canvasElement: HTMLElement, selector = '.faceid-banner'): HTMLElement {
  const root = canvasElement.querySelector<HTMLElement>(selector);
  expect(root, `${selector} is rendered`).not.toBeNull();
  return root as HTMLElement;
}

/** The labels of the action buttons, in order (not the copy button of the support reference). */
export function actionLabels(root: HTMLElement): string[] {
  return Array.from(
    root.querySelectorAll<HTMLButtonElement>('.faceid-actions button'),
    (button) => button.textContent ?? '',
  );
}

/** Asserts the title and description shown, as the locale file words them. */
export async function expectMessage(root: HTMLElement, title: string, description: string) {
  const scope = within(root);
  await expect(scope.getByRole('heading', { name: title })).toBeVisible();
  await expect(scope.getByText(description)).toBeVisible();
}

/**
 * A Testing Library matcher for the element whose whole text is `expected`, markup inside it
 * included: a support line reads `Code: <bdi>-5018</bdi>`, one text across two elements.
 */
export function textContentIs(expected: string) {
  return (_content: string, element: Element | null): boolean =>
    !!element &&
    element.textContent === expected &&
    !Array.from(element.children).some((child) => child.textContent === expected);
}
