/**
 * Appointments in a real browser. A citizen books a justice (Hộ tịch) birth registration at Đông Khê, whose 9th hour
 * it is, on the next winter Monday ahead (chosen from the test's own date, so the journey never depends on the day the
 * suite runs: the commune admin first lets bookings reach that far), is offered the 9th hour 16:30–17:30 as its own slots, books
 * 16:30, moves to 17:00, cancels; a bad phone is refused on the form; the desk sees the unit's day by slot.
 * Screenshots at 390 px and 1366 px; no axe-core WCAG 2.1 AA violation.
 */
import { describe, expect, it } from 'vitest';
import { pickDay } from './desk.js';
import {
  axeViolations,
  expectNoSideScroll,
  loginHeaders,
  newPage,
  onPage,
  screenshot,
  useJourney,
} from './harness.js';

let monday = '';

const BIRTH = '1.001193';
const UNIT = 'H56.10.02';

const addDays = (date: string, n: number) => {
  const d = new Date(date + 'T00:00:00Z');
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
};
/** Winter in the demo hours: 15 October to 14 April. */
const isWinter = (date: string) => date.slice(5) >= '10-15' || date.slice(5) <= '04-14';

interface Slots {
  days: { date: string; slots: { start: string; end: string; label: string | null }[] }[];
}

const journey = useJourney(async ({ server }) => {
  // Let the commune take bookings a year ahead, so that a winter Monday is always within reach.
  const admin = await loginHeaders(server, 'admin.dongkhe');
  const put = await fetch(`${server.url}/api/admin/units/${UNIT}/appointment-settings/HT`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json', ...admin },
    body: JSON.stringify({ settings: { slotMinutes: 30, capacity: 2, daysAhead: 366 } }),
  });
  expect(put.status, await put.clone().text()).toBe(200);
  // The first Monday at least two days ahead that is in winter and not a public holiday.
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date());
  for (let d = addDays(today, 2); !monday; d = addDays(d, 1)) {
    if (new Date(d + 'T00:00:00Z').getUTCDay() !== 1 || !isWinter(d)) continue;
    const res = await fetch(`${server.url}/api/appointments/slots?unit=${UNIT}&field=HT&from=${d}&days=1`);
    const day = ((await res.json()) as Slots).days[0];
    if (day && day.slots.length > 0) monday = d;
  }
}, 120_000);

const ddmm = (date: string) => `${date.slice(8, 10)}/${date.slice(5, 7)}/${date.slice(0, 4)}`;

describe('appointments', () => {
  for (const size of ['phone', 'desktop'] as const) {
    it(`books the winter Monday 9th hour for a birth registration, moves it and cancels it (${size})`, () =>
      onPage(journey, { size }, async (page) => {
        if (size === 'desktop') {
          await page.goto(`${journey.server.url}/thu-tuc/${BIRTH}`);
          await page.getByRole('link', { name: 'Đặt lịch hẹn' }).last().click();
          await expect.poll(() => page.locator('h1').textContent()).toBe('Đặt lịch hẹn');
          await page.goto(`${page.url()}&don-vi=${UNIT}&ngay=${monday}`);
        } else {
          await page.goto(`${journey.server.url}/dat-lich?thu-tuc=${BIRTH}&don-vi=${UNIT}&ngay=${monday}`);
        }
        const day = page.getByRole('region', { name: `Thứ Hai ${ddmm(monday)}` });
        await expect.poll(() => day.locator('.appt-slot').count()).toBeGreaterThan(4);
        const ninth = day.locator('.appt-slot', { hasText: 'Giờ thứ 9' });
        expect(await ninth.locator('.appt-time').allTextContents()).toEqual(['16:30–17:00', '17:00–17:30']);
        expect(await page.getByRole('heading', { name: 'Giấy tờ cần mang theo' }).isVisible()).toBe(true);

        // A bad phone is refused on the form, and nothing is sent.
        await ninth.first().click();
        await page.getByLabel('Họ và tên').fill('Phạm Thị Lan');
        const phone = page.getByLabel('Số điện thoại di động');
        await phone.fill('12345');
        await page.getByRole('button', { name: 'Đặt lịch 16:30–17:00' }).click();
        await expect
          .poll(() => page.locator('.field-error').textContent())
          .toContain('Số điện thoại chưa đúng');
        await screenshot(page, `appointments-book-${size}`);
        expect(await axeViolations(page)).toEqual([]);

        const number = size === 'phone' ? '0977 123 401' : '0977 123 402';
        await phone.fill(number);
        await page.getByRole('button', { name: 'Đặt lịch 16:30–17:00' }).click();
        await expect.poll(() => page.url()).toMatch(/\/dat-lich\/[A-Z2-9]{8}$/);
        const result = page.locator('.appt-result');
        await expect.poll(() => result.textContent()).toContain(`16:30–17:00, Thứ Hai ${ddmm(monday)}`);
        expect(await page.getByText('Đặt lịch thành công').isVisible()).toBe(true);
        expect(await result.textContent()).toContain('xã Đông Khê');
        await screenshot(page, `appointments-booked-${size}`);
        expect(await axeViolations(page)).toEqual([]);

        // Move to 17:00 the same Monday.
        await page.getByRole('button', { name: 'Đổi giờ hẹn' }).click();
        const again = page.getByRole('region', { name: `Thứ Hai ${ddmm(monday)}` });
        await again.locator('.appt-slot', { hasText: '17:00–17:30' }).click();
        await page.getByRole('button', { name: 'Đổi sang 17:00–17:30' }).click();
        await expect.poll(() => result.textContent()).toContain(`17:00–17:30, Thứ Hai ${ddmm(monday)}`);
        expect(await page.getByText('Đã đổi giờ hẹn.').isVisible()).toBe(true);

        // Cancel.
        await page.getByRole('button', { name: 'Hủy lịch hẹn' }).click();
        await page.getByRole('button', { name: 'Xác nhận hủy' }).click();
        await expect.poll(() => result.textContent()).toContain('Đã hủy');
        expect(await page.getByRole('button', { name: 'Đổi giờ hẹn' }).count()).toBe(0);
        await screenshot(page, `appointments-cancelled-${size}`);
        expect(await axeViolations(page)).toEqual([]);
        if (size === 'phone') await expectNoSideScroll(page);
      }));
  }

  it('opens an appointment by code and phone, and shows the desk the unit’s day by slot', async () => {
    const booked = await fetch(journey.server.url + '/api/appointments', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        unit: UNIT,
        procedure: BIRTH,
        date: monday,
        start: '16:30',
        fullName: 'Đỗ Minh Quân',
        phone: '0977123403',
      }),
    });
    expect(booked.status, await booked.clone().text()).toBe(201);
    const { code, displayCode } = (await booked.json()) as { code: string; displayCode: string };
    const { context, page } = await newPage(journey.browser, 'desktop');
    try {
      await page.goto(`${journey.server.url}/dat-lich/tra-cuu`);
      await page.getByLabel('Mã lịch hẹn').fill(displayCode.toLowerCase());
      await page.getByLabel('Số điện thoại').fill('0977123499');
      await page.getByRole('button', { name: 'Xem lịch hẹn' }).click();
      await expect.poll(() => page.getByRole('alert').textContent()).toContain('Không tìm thấy lịch hẹn');
      await page.getByLabel('Số điện thoại').fill('0977123403');
      await page.getByRole('button', { name: 'Xem lịch hẹn' }).click();
      await expect.poll(() => page.locator('.appt-code').textContent()).toBe(displayCode);

      await page.goto(journey.server.url + '/ban-lam-viec/lich-hen');
      await page.getByLabel('Tên đăng nhập').fill('tiepnhan.dongkhe');
      await page.getByLabel('Mật khẩu').fill('motcua@2026');
      await page.getByRole('button', { name: 'Đăng nhập' }).click();
      await expect.poll(() => page.locator('h1').textContent()).toBe('Lịch hẹn');
      await pickDay(page.getByLabel('Ngày', { exact: true }), monday);
      const slot = page.locator('.desk-cards > li', { hasText: '16:30–17:00' });
      await expect.poll(() => slot.textContent()).toContain('Đỗ Minh Quân');
      expect(await slot.textContent()).toContain(displayCode);
      expect(await slot.textContent()).not.toContain('0977123403');
      // Check-in is for the day itself.
      expect(await slot.getByRole('button', { name: /Tiếp đón/ }).isDisabled()).toBe(true);
      await screenshot(page, 'appointments-desk');
      expect(await axeViolations(page)).toEqual([]);
      expect(code).toMatch(/^[A-Z2-9]{8}$/);
    } finally {
      await context.close();
    }
  });

  it('shows the unit admin the settings per field in the unit drawer', () =>
    onPage(journey, { path: '/quan-tri/don-vi' }, async (page) => {
      await page.getByLabel('Tên đăng nhập').fill('admin.dongkhe');
      await page.getByLabel('Mật khẩu').fill('motcua@2026');
      await page.getByRole('button', { name: 'Đăng nhập' }).click();
      await page.getByRole('button', { name: 'Sửa' }).click();
      const section = page.locator('section', { hasText: 'Lịch hẹn trực tuyến' });
      await expect.poll(() => section.textContent()).toContain('Cài đặt riêng của đơn vị.');
      expect(await section.getByLabel('Đặt trước tối đa (ngày)').inputValue()).toBe('366');
      await section.getByLabel('Số chỗ mỗi lượt').fill('3');
      await section.getByRole('button', { name: 'Lưu cài đặt lịch hẹn' }).click();
      await expect.poll(() => page.getByText('Đã lưu cài đặt lịch hẹn.').isVisible()).toBe(true);
      const slots = await fetch(`${journey.server.url}/api/appointments/slots?unit=${UNIT}&field=HT&days=1`);
      expect(((await slots.json()) as { settings: { capacity: number } }).settings.capacity).toBe(3);
      await section.scrollIntoViewIfNeeded();
      await screenshot(page, 'appointments-admin');
      expect(await axeViolations(page)).toEqual([]);
    }));
});
