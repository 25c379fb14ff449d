/**
 * What the desk journeys do on a dossier's page: open it, open an action's form, send it.
 */
import { expect } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { DEV_HOTLINE_SECRET } from '../src/config.js';
import type { CallEvent } from '../src/domain/hotline/views.js';
import { signEvent, SIGNATURE_HEADER, TIMESTAMP_HEADER } from '../src/services/hotline/signature.js';
import { signIn, type Server } from './harness.js';

/**
 * Sets the intake page's assisted switch either way. It opens on by itself on the unit's no-writing days (by default
 * Tuesdays and Thursdays, in Vietnam's time), so a journey that does not set it depends on the hour it runs.
 */
export async function setAssisted(page: Page, on: boolean): Promise<void> {
  const assisted = page.getByRole('switch', { name: /Ngày không viết/ });
  await expect.poll(() => assisted.isVisible()).toBe(true);
  if (((await assisted.getAttribute('aria-checked')) === 'true') !== on) await assisted.click();
  await expect.poll(() => assisted.getAttribute('aria-checked')).toBe(String(on));
}

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
  // When the form stays open, the failure names what it says (a refusal, a field's message).
  const said = async () =>
    (await dialog.locator('[role="alert"], .ant-form-item-explain-error').allTextContents()).join(' | ');
  await expect.poll(async () => ((await dialog.count()) === 0 ? '' : `still open: ${await said()}`)).toBe('');
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

/**
 * Picks an option of an Ant Design select (found by its label in `scope`), typing part of its text when the select
 * is searchable. The option is looked for only in this select's own dropdown (the one holding `<id>_list`): with two
 * selects in a form, the first one's dropdown may still be fading out with the same option in it, and a click there
 * would change the first select. The field is clicked only while its dropdown is closed (a second click would close
 * it again on a busy machine), and the whole is retried until the select shows the choice.
 */
export async function chooseOption(scope: Locator, label: string, text: string): Promise<void> {
  const page = scope.page();
  const field = scope.getByLabel(label, { exact: true });
  const select = field.locator(
    'xpath=ancestor::*[contains(concat(" ", normalize-space(@class), " "), " ant-select ")][1]',
  );
  const chosen = async () => ((await select.textContent()) ?? '').includes(text);
  const id = await field.getAttribute('id');
  expect(id, `the select "${label}" has an id`).toBeTruthy();
  const option = page
    .locator('.ant-select-dropdown', { has: page.locator(`[id="${id}_list"]`) })
    .locator('.ant-select-item-option', { hasText: text })
    .first();
  await expect
    .poll(async () => {
      if (await chosen()) return true;
      if ((await field.getAttribute('aria-expanded')) !== 'true') await field.click();
      if (await field.isEditable()) await field.fill(text);
      await option.waitFor({ state: 'visible', timeout: 3_000 }).catch(() => {});
      if (await option.isVisible()) await option.click({ timeout: 3_000 }).catch(() => {});
      return chosen();
    })
    .toBe(true);
  // The list has closed (axe would otherwise meet its unnamed listbox mid-animation).
  await expect.poll(() => page.locator('.ant-select-dropdown:visible').count()).toBe(0);
}

/** Types a day (yyyy-mm-dd) into a staff page's day field as an officer does (dd/mm/yyyy, Enter). */
export async function pickDay(input: Locator, day: string): Promise<void> {
  const typed = `${day.slice(8, 10)}/${day.slice(5, 7)}/${day.slice(0, 4)}`;
  await input.click();
  await input.fill(typed);
  await input.press('Enter');
  await expect.poll(() => input.inputValue()).toBe(typed);
}

/** Posts one PBX event the way a bridge does: HMAC-SHA256 over `${timestamp}.${body}`. */
export async function pbx(server: Server, event: CallEvent): Promise<void> {
  const body = JSON.stringify(event);
  const timestamp = Math.floor(Date.now() / 1000);
  const res = await fetch(`${server.url}/api/hotline/events`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      [TIMESTAMP_HEADER]: String(timestamp),
      [SIGNATURE_HEADER]: signEvent(DEV_HOTLINE_SECRET, timestamp, body),
    },
    body,
  });
  expect(res.status, await res.text()).toBeLessThan(300);
}

/** Signs Đông Tiến's justice specialist in at the hotline console, waits for its live link and marks them available. */
export async function specialistAvailable(page: Page, server: Server): Promise<void> {
  await signIn(page, server, 'chuyenvien.dongtien', '/ban-lam-viec/tu-van');
  await page.getByText('Đang kết nối trực tiếp').waitFor();
  await page.getByRole('radio', { name: 'Sẵn sàng' }).check();
}
