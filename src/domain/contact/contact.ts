/**
 * How people are reached: Vietnamese mobile numbers and email addresses, validated and normalised to the form that
 * persons, appointments, queue tickets and notifications store. Shared by the server and the browser.
 */

/**
 * A Vietnamese mobile number in international form (+84 and 9 digits), from the national form (0 and 9 digits) or
 * +84 / 84 / 0084 forms, with spaces, dots, dashes or brackets; undefined when it is not a mobile number.
 */
export function normalisePhone(text: string): string | undefined {
  const compact = text.replace(/[\s.\-()]/g, '');
  const m = /^(?:\+84|0084|84|0)([35789][0-9]{8})$/.exec(compact);
  return m ? `+84${m[1]}` : undefined;
}

/** The national form 0xxxxxxxxx of a normalised number. */
export function nationalPhone(normalised: string): string {
  return normalised.startsWith('+84') ? '0' + normalised.slice(3) : normalised;
}

/**
 * Any Vietnamese phone number as people type it (spaces, dots, +84), mobile or landline, in national form: the
 * numbers of staff and units, and the subject of an audited search. Mobile numbers have 10 digits, landlines
 * (e.g. 02373 900 900) 11. Undefined when it is not a phone number.
 */
export function normaliseNationalPhone(raw: string): string | undefined {
  const compact = raw.replace(/[\s.()-]/g, '');
  const local = compact.startsWith('+84') ? '0' + compact.slice(3) : compact;
  return /^0[0-9]{9,10}$/.test(local) ? local : undefined;
}

// Deliberately simple (the SMTP server has the last word): one @, a dot in the domain, no spaces, ≤ 254 chars.
const EMAIL_RE = /^[^\s@<>(),;:"]+@[^\s@<>(),;:"]+\.[^\s@<>(),;:".]{2,}$/;

export function normaliseEmail(text: string): string | undefined {
  const t = text.trim();
  return t.length <= 254 && EMAIL_RE.test(t) ? t.toLowerCase() : undefined;
}
