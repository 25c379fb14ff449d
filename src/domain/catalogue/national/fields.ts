/**
 * Fields (lĩnh vực): national field names → motcua field codes. The fields a commune's one-stop desk serves have
 * fixed codes (the organisation seed creates them); each groups the national fields its counter handles. Every
 * other national field gets a code made from the initials of its name, stable for a given set of names.
 */
import { oneLine, withoutDiacritics } from './text.js';

export interface FieldRef {
  code: string;
  name: string;
}

/** motcua's desk fields, with the national field names each one covers (compared without case or diacritics). */
export const deskFields: readonly (FieldRef & { national: readonly string[] })[] = [
  { code: 'HT', name: 'Hộ tịch', national: ['Hộ tịch'] },
  { code: 'CT', name: 'Chứng thực', national: ['Chứng thực'] },
  { code: 'DD', name: 'Đất đai', national: ['Đất đai'] },
  {
    code: 'VHXH',
    name: 'Văn hóa - Xã hội',
    national: ['Văn hóa - Xã hội', 'Văn hóa', 'Văn hóa cơ sở', 'Gia đình', 'Thể dục thể thao', 'Du lịch'],
  },
  {
    code: 'LDTBXH',
    name: 'Lao động - Thương binh và Xã hội',
    national: [
      'Lao động - Thương binh và Xã hội',
      'Người có công',
      'Giảm nghèo',
      'Bảo trợ xã hội',
      'Trẻ em',
      'Việc làm',
      'Lao động, tiền lương',
      'Phòng, chống tệ nạn xã hội',
    ],
  },
  {
    code: 'HKD',
    name: 'Hộ kinh doanh',
    national: ['Hộ kinh doanh', 'Thành lập và hoạt động doanh nghiệp (hộ kinh doanh)'],
  },
  {
    code: 'TNMT',
    name: 'Tài nguyên và Môi trường',
    national: [
      'Tài nguyên và Môi trường',
      'Môi trường',
      'Tài nguyên nước',
      'Địa chất và khoáng sản',
      'Biến đổi khí hậu',
      'Biển và hải đảo',
      'Khí tượng, thủy văn',
      'Đo đạc, bản đồ và thông tin địa lý',
      'Bảo tồn thiên nhiên và Đa dạng sinh học',
    ],
  },
  {
    code: 'XD',
    name: 'Xây dựng',
    national: [
      'Xây dựng',
      'Hoạt động xây dựng',
      'Quy hoạch đô thị và nông thôn',
      'Quản lý chất lượng công trình xây dựng',
      'Nhà ở và công sở',
      'Kiến trúc',
      'Hạ tầng kỹ thuật',
      'Phát triển đô thị',
      'Vật liệu xây dựng',
    ],
  },
  {
    code: 'NN',
    name: 'Nông nghiệp',
    national: [
      'Nông nghiệp',
      'Trồng trọt',
      'Trồng trọt và Bảo vệ thực vật',
      'Bảo vệ thực vật',
      'Chăn nuôi',
      'Thú y',
      'Thủy sản',
      'Lâm nghiệp',
      'Kiểm lâm',
      'Thủy lợi',
      'Kinh tế hợp tác và Phát triển nông thôn',
      'Quản lý chất lượng nông lâm sản và thủy sản',
      'Quản lý Đê điều và Phòng, chống thiên tai',
    ],
  },
];

function key(name: string): string {
  return withoutDiacritics(oneLine(name)).toLowerCase();
}

const byNationalName = new Map<string, FieldRef>();
for (const f of deskFields)
  for (const n of f.national) byNationalName.set(key(n), { code: f.code, name: f.name });
const reserved = new Set(deskFields.map((f) => f.code));

/** The desk field a national field name belongs to, if any. */
export function findDeskField(nationalName: string): FieldRef | undefined {
  return byNationalName.get(key(nationalName));
}

/** Initials of the words of a name, without diacritics: "Quản lý xuất nhập cảnh" → "QLXNC". */
export function initials(name: string): string {
  const words = withoutDiacritics(oneLine(name))
    .toUpperCase()
    .split(/[^A-Z0-9]+/)
    .filter(Boolean);
  const code = words.map((w) => (/^\d+$/.test(w) ? w : w[0])).join('');
  return (code || 'LV').slice(0, 16);
}

/**
 * Codes for a set of national field names: desk fields first, then initials, de-duplicated with a number suffix
 * in the order of the names sorted (so the same set of names always gets the same codes).
 */
export function fieldCodes(names: Iterable<string>): Map<string, FieldRef> {
  const out = new Map<string, FieldRef>();
  const taken = new Set(reserved);
  const distinct = [...new Set([...names].map((n) => oneLine(n)).filter(Boolean))].sort((a, b) =>
    key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0,
  );
  for (const name of distinct) {
    const desk = findDeskField(name);
    if (desk) {
      out.set(name, desk);
      continue;
    }
    const base = initials(name);
    let code = base;
    for (let n = 2; taken.has(code); n++) code = `${base}${n}`;
    taken.add(code);
    out.set(name, { code, name });
  }
  return out;
}
