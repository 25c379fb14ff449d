/**
 * What the desk journeys do on a dossier's page: open it, open an action's form, send it.
 */
import { expect } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import type { Server } from './harness.js';

export const dossierPath = (code: string) => `/ban-lam-viec/ho-so/${encodeURIComponent(code)}`;

/** Goes to the dossier's page and waits for its heading. */
export async function openDossier(page: Page, server: Server, code: string): Promise<void> {
  await page.goto(server.url + dossierPath(code));
  await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toContain(code);
}

/** The dossier page's action buttons. */
export const actionButtons = (page: Page) => page.getByRole('group', { name: 'Thao tác với hồ sơ' });

/** Opens an action's form from the dossier page and returns the dialog. */
export async function openAction(page: Page, action: string): Promise<Locator> {
  await actionButtons(page).getByRole('button', { name: action, exact: true }).click();
  const dialog = page.getByRole('dialog');
  await expect.poll(() => dialog.isVisible()).toBe(true);
  return dialog;
}

/** Sends the action's form and waits for it to close. */
export async function submitAction(dialog: Locator, action: string): Promise<void> {
  await dialog.getByRole('button', { name: action, exact: true }).click();
  await expect.poll(() => dialog.count()).toBe(0);
}

/** Takes an action from the dossier page: opens its form, fills it (when asked), sends it. */
export async function act(
  page: Page,
  action: string,
  fill?: (dialog: Locator) => Promise<void>,
): Promise<void> {
  const dialog = await openAction(page, action);
  if (fill) await fill(dialog);
  await submitAction(dialog, action);
}

/** Picks an option of an Ant Design select (found by its label in `scope`) by typing part of its text. */
export async function chooseOption(scope: Locator, label: string, text: string): Promise<void> {
  const field = scope.getByLabel(label, { exact: true });
  const select = field.locator(
    'xpath=ancestor::*[contains(concat(" ", normalize-space(@class), " "), " ant-select ")][1]',
  );
  const chosen = async () => ((await select.textContent()) ?? '').includes(text);
  // A click on an option while the dropdown still opens (a busy machine) is lost: choose until the select shows it.
  await expect
    .poll(async () => {
      if (await chosen()) return true;
      await field.click();
      // A searchable select narrows the list as one types; a short one is only clicked.
      if (await field.isEditable()) await field.fill(text);
      const option = scope
        .page()
        .locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: text })
        .first();
      if ((await option.count()) > 0) await option.click();
      return chosen();
    })
    .toBe(true);
}

/** Types a day (yyyy-mm-dd) into a staff page's day field as an officer does (dd/mm/yyyy, Enter). */
export async function pickDay(input: Locator, day: string): Promise<void> {
  const typed = `${day.slice(8, 10)}/${day.slice(5, 7)}/${day.slice(0, 4)}`;
  await input.click();
  await input.fill(typed);
  await input.press('Enter');
  await expect.poll(() => input.inputValue()).toBe(typed);
}
