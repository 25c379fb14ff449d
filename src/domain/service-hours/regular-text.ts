/**
 * The regular service hours in words, from the public service-hours answer (`regular`: the weekly sessions in force
 * today, the season's when one applies): "Thứ Hai đến thứ Sáu: 07:00–11:30, 13:00–16:30 (giờ mùa đông)".
 */
export interface RegularHours {
  season: string | null;
  weekly: { days: number[]; sessions: [string, string][] }[];
}

const DAY = ['', 'thứ Hai', 'thứ Ba', 'thứ Tư', 'thứ Năm', 'thứ Sáu', 'thứ Bảy', 'Chủ nhật'];
const SEASON: Record<string, string> = { summer: 'giờ mùa hè', winter: 'giờ mùa đông' };

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** "thứ Hai đến thứ Sáu", "thứ Hai, thứ Tư", "thứ Bảy". */
export function daysText(days: readonly number[]): string {
  const sorted = [...new Set(days)].sort((a, b) => a - b);
  const run = sorted.length > 2 && sorted.every((d, i) => i === 0 || d === sorted[i - 1]! + 1);
  if (run) return `${DAY[sorted[0]!]} đến ${DAY[sorted.at(-1)!]}`;
  return sorted.map((d) => DAY[d]).join(', ');
}

export function regularHoursText(regular: RegularHours): string {
  const rules = regular.weekly.filter((r) => r.days.length && r.sessions.length);
  if (rules.length === 0) return 'Chưa có lịch tiếp công dân';
  const text = [...rules]
    .sort((a, b) => Math.min(...a.days) - Math.min(...b.days))
    .map((r) => `${capital(daysText(r.days))}: ${r.sessions.map(([s, e]) => `${s}–${e}`).join(', ')}`)
    .join('; ');
  const season = regular.season ? SEASON[regular.season] : undefined;
  return season ? `${text} (${season})` : text;
}
