/**
 * Telephone numbers as a PBX gives them: Vietnamese mobiles (0912…, +84912…, 84912…), landlines with their area
 * code (0237 3xxx xxx, 024 3xxx xxxx) and the 1800/1900 service numbers a hotline may be published under.
 * Normalised to +84… (the form persons, appointments and notifications use), or the service number as dialled.
 */
import { normalisePhone } from '../contact/contact.js';

export type PhoneKind = 'mobile' | 'landline' | 'service';

export interface HotlinePhone {
  /** +84… for mobiles and landlines; 1800…/1900… as dialled for service numbers. */
  normalised: string;
  /** As people write it: 0912 345 678, 0237 3900 900, 024 3826 1234, 1900 1234. */
  display: string;
  kind: PhoneKind;
}

const SEPARATORS = /[\s.\-()]/g;

/** Area codes of two digits after the 0 (Hà Nội, TP. Hồ Chí Minh); the others have three (0237, 0225…). */
const SHORT_AREA_CODES = new Set(['24', '28']);

/** How a call from a number the caller hides is stored (CallView.phone), and how people read it. */
export const WITHHELD = 'withheld';
export const WITHHELD_DISPLAY = 'Số ẩn';

/** What PBXs send for a hidden number: Asterisk's "anonymous", "Unknown", SIP "restricted", "private"… */
export function isWithheld(text: string): boolean {
  return /^\s*(anonymous|unknown|private|restricted|unavailable|withheld)\s*$/i.test(text);
}

export function parseHotlinePhone(text: string): HotlinePhone | undefined {
  const mobile = normalisePhone(text);
  if (mobile) return { normalised: mobile, display: displayPhone(mobile), kind: 'mobile' };
  const compact = text.replace(SEPARATORS, '');
  const landline = /^(?:\+84|0084|84|0)(2[0-9]{9})$/.exec(compact);
  if (landline) {
    const normalised = `+84${landline[1]}`;
    return { normalised, display: displayPhone(normalised), kind: 'landline' };
  }
  if (/^1[89]00[0-9]{4,6}$/.test(compact)) {
    return { normalised: compact, display: displayPhone(compact), kind: 'service' };
  }
  return undefined;
}

/** The national way of writing a normalised number (unchanged when it is not one we know). */
export function displayPhone(normalised: string): string {
  if (normalised === WITHHELD) return WITHHELD_DISPLAY;
  if (/^1[89]00[0-9]{4,6}$/.test(normalised)) return `${normalised.slice(0, 4)} ${normalised.slice(4)}`;
  const national = normalised.startsWith('+84') ? `0${normalised.slice(3)}` : normalised;
  if (/^0[35789][0-9]{8}$/.test(national)) {
    return `${national.slice(0, 4)} ${national.slice(4, 7)} ${national.slice(7)}`;
  }
  if (/^02[0-9]{9}$/.test(national)) {
    const area = SHORT_AREA_CODES.has(national.slice(1, 3)) ? 3 : 4;
    const rest = national.slice(area);
    return `${national.slice(0, area)} ${rest.slice(0, 4)} ${rest.slice(4)}`;
  }
  return normalised;
}

/**
 * A search by phone in any form: the normalised number when the text is a whole number, else the digits typed
 * (a part of a number), matched against the national form.
 */
export function phoneSearch(text: string): { exact: string } | { digits: string } | undefined {
  const parsed = parseHotlinePhone(text);
  if (parsed) return { exact: parsed.normalised };
  const digits = text.replace(/[^0-9]/g, '');
  return digits.length >= 3 ? { digits } : undefined;
}
