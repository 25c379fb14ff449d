/**
 * The queue in a real browser: a citizen takes a ticket at the kiosk and follows it on the ticket page; an officer
 * signs in to counter 1 and calls it; the lobby display, open in another page, shows the call within a second;
 * the officer serves the citizen, receives the dossier and finishes the ticket with its code. Screenshots of the
 * kiosk, the ticket page and the display at phone and desktop sizes; no axe-core WCAG 2.1 AA violation.
 */
import { describe, expect, it } from 'vitest';
import { birth } from '../src/http/dossier/dossier-test-utils.js';
import { axeViolations, newPage, screenshot, signIn, useJourney } from './harness.js';

const journey = useJourney();

const UNIT = 'H56.10.01';

describe('queue journey', () => {
  it('kiosk ticket → officer calls → display shows it within a second → the ticket becomes a dossier', async () => {
    const display = await newPage(journey.browser, 'desktop');
    const kiosk = await newPage(journey.browser, 'phone');
    const officer = await newPage(journey.browser, 'desktop');
    try {
      await display.page.goto(`${journey.server.url}/man-hinh/${UNIT}`);
      await expect.poll(() => display.page.getByTestId('counter-1').textContent()).toBe('Tạm nghỉ');

      await kiosk.page.goto(`${journey.server.url}/lay-so/${UNIT}`);
      const justice = kiosk.page.getByRole('button', { name: /^Hộ tịch/ });
      await justice.waitFor();
      await screenshot(kiosk.page, 'queue-kiosk-phone');
      expect(await axeViolations(kiosk.page)).toEqual([]);
      await kiosk.page.setViewportSize({ width: 1366, height: 900 });
      await screenshot(kiosk.page, 'queue-kiosk-desktop');
      await kiosk.page.setViewportSize({ width: 390, height: 844 });
      await justice.click();
      const number = (await kiosk.page.getByTestId('kiosk-number').textContent())!;
      expect(number).toMatch(/^HT-\d{3}$/);
      await screenshot(kiosk.page, 'queue-kiosk-ticket-phone');
      expect(await axeViolations(kiosk.page)).toEqual([]);
      const ticketUrl = (await kiosk.page.getByRole('img', { name: /Mã QR/ }).getAttribute('data-value'))!;
      expect(ticketUrl).toMatch(/\/so-thu-tu\/[0-9a-f-]{36}$/);
      const ticketId = ticketUrl.split('/').pop()!;
      const pdf = await kiosk.page.request.get(
        `${journey.server.url}/api/public/queue/tickets/${ticketId}/pdf`,
      );
      expect(pdf.headers()['content-type']).toBe('application/pdf');

      await kiosk.page.goto(`${journey.server.url}/so-thu-tu/${ticketId}`);
      await expect.poll(() => kiosk.page.getByTestId('ticket-number').textContent()).toBe(number);
      expect(await kiosk.page.getByTestId('ticket-status').textContent()).toBe('Đang chờ');
      await screenshot(kiosk.page, 'queue-ticket-phone');
      expect(await axeViolations(kiosk.page)).toEqual([]);
      await kiosk.page.setViewportSize({ width: 1366, height: 900 });
      await screenshot(kiosk.page, 'queue-ticket-desktop');

      await signIn(officer.page, journey.server, 'tiepnhan.dongtien', '/ban-lam-viec/quay');
      await officer.page.getByRole('button', { name: /^Quầy 1/ }).click();
      const call = officer.page.getByRole('button', { name: 'Gọi số tiếp theo' });
      await call.waitFor();
      await expect.poll(() => display.page.getByTestId('counter-1').textContent()).toBe('—');
      const answered = officer.page.waitForResponse((r) => r.url().endsWith('/api/queue/call-next'));
      await call.click();
      expect((await answered).status()).toBe(200);
      const calledAt = Date.now();
      await display.page.getByTestId('display-call').filter({ hasText: number }).waitFor({ timeout: 1000 });
      const latency = Date.now() - calledAt;
      expect(latency).toBeLessThan(1000);
      expect(await display.page.getByTestId('display-call').textContent()).toBe(
        `Mời số ${number} đến quầy 1`,
      );
      await expect.poll(() => display.page.getByTestId('counter-1').textContent()).toBe(number);
      await screenshot(display.page, 'queue-display-desktop');
      expect(await axeViolations(display.page)).toEqual([]);
      await display.page.setViewportSize({ width: 390, height: 844 });
      await screenshot(display.page, 'queue-display-phone');
      expect(await axeViolations(display.page)).toEqual([]);

      await kiosk.page.reload();
      await expect
        .poll(() => kiosk.page.getByTestId('ticket-status').textContent())
        .toBe('Mời bạn đến quầy 1');

      // Serving: the dossier is received for this citizen, then the ticket is finished with its code.
      await expect.poll(() => officer.page.getByTestId('counter-current').textContent()).toBe(number);
      await officer.page.getByRole('button', { name: 'Bắt đầu phục vụ' }).click();
      await officer.page.getByRole('main').getByRole('link', { name: 'Tiếp nhận hồ sơ' }).waitFor();
      const csrf = (await officer.context.cookies()).find((c) => c.name === 'motcua_csrf')!.value;
      const received = await officer.page.request.post(`${journey.server.url}/api/dossiers`, {
        headers: { 'x-csrf-token': decodeURIComponent(csrf) },
        data: birth({ idempotencyKey: `queue-e2e-${Date.now()}` }),
      });
      expect(received.status(), await received.text()).toBe(201);
      const code = ((await received.json()) as { dossier: { code: string } }).dossier.code;
      await officer.page.goto(`${journey.server.url}/ban-lam-viec/quay?dossier=${encodeURIComponent(code)}`);
      await expect
        .poll(() => officer.page.getByLabel('Mã hồ sơ đã tiếp nhận (nếu có)').inputValue())
        .toBe(code);
      await officer.page.getByRole('button', { name: 'Kết thúc' }).click();
      await officer.page.getByRole('button', { name: 'Gọi số tiếp theo' }).waitFor();
      await kiosk.page.reload();
      await expect.poll(() => kiosk.page.getByTestId('ticket-status').textContent()).toBe('Đã phục vụ xong');
      await expect.poll(() => display.page.getByTestId('counter-1').textContent()).toBe('—');
    } finally {
      await display.context.close();
      await kiosk.context.close();
      await officer.context.close();
    }
  });
});
