/**
 * Citizen identifiers: the CCCD (citizen ID number), validated and read. Phone numbers and email addresses are in
 * src/domain/contact/contact.ts.
 */

/** Province-of-birth codes used in CCCD numbers (the 63 provinces before 2025; they stay valid on issued cards). */
export const cccdProvinceCodes = new Set([
  '001',
  '002',
  '004',
  '006',
  '008',
  '010',
  '011',
  '012',
  '014',
  '015',
  '017',
  '019',
  '020',
  '022',
  '024',
  '025',
  '026',
  '027',
  '030',
  '031',
  '033',
  '034',
  '035',
  '036',
  '037',
  '038',
  '040',
  '042',
  '044',
  '045',
  '046',
  '048',
  '049',
  '051',
  '052',
  '054',
  '056',
  '058',
  '060',
  '062',
  '064',
  '066',
  '067',
  '068',
  '070',
  '072',
  '074',
  '075',
  '077',
  '079',
  '080',
  '082',
  '083',
  '084',
  '086',
  '087',
  '089',
  '091',
  '092',
  '093',
  '094',
  '095',
  '096',
]);

export interface CccdInfo {
  number: string;
  provinceCode: string;
  sex: 'male' | 'female';
  birthYear: number;
}

/** Century of birth by the 4th digit's pair: 0/1 → 1900s, 2/3 → 2000s, 4/5 → 2100s, 6/7 → 2200s, 8/9 → 1800s. */
const CENTURIES = [1900, 2000, 2100, 2200, 1800] as const;

/** The CCCD read from `text` (spaces allowed), or undefined when it is not a valid 12-digit citizen ID number. */
export function parseCccd(text: string): CccdInfo | undefined {
  const number = text.replace(/\s+/g, '');
  if (!/^[0-9]{12}$/.test(number)) return undefined;
  const provinceCode = number.slice(0, 3);
  if (!cccdProvinceCodes.has(provinceCode)) return undefined;
  const digit = Number(number[3]);
  const birthYear = CENTURIES[Math.floor(digit / 2)]! + Number(number.slice(4, 6));
  return { number, provinceCode, sex: digit % 2 === 0 ? 'male' : 'female', birthYear };
}
