/**
 * What the server's log may say about a request. Personal data never reaches it: query strings (a tracking phone,
 * a screen-pop caller, a preferences lookup) are logged with their values replaced, request bodies and secrets in
 * headers are dropped, and every line goes through a last filter that masks anything shaped like a Vietnamese
 * phone number, a citizen ID number (CCCD, 12 digits) or a one-time code next to its name — whatever logged it
 * (an error's message, a database error's detail).
 */
import type { FastifyServerOptions } from 'fastify';

/**
 * A run of digits standing alone, possibly in groups of a phone number ("091 234 5678", "+84 912 345 678"); not
 * part of a word, a decimal fraction, a dossier code's sequence or a longer number (a timestamp).
 */
const DIGIT_RUN = /(?<![\w.+-])\+?\d(?: ?\d){8,13}(?!\w)/g;
/** A one-time code, token or password after its name: `"otp":"123456"`, `token=abc…`. */
const NAMED_SECRET = /((?:otp|token|secret|password|pin)[a-z_]*\\?"?\s*[:=]\s*\\?"?)([\w+/-]{4,})/gi;

/** Whether a run of digits is shaped like personal data: a phone number (9 to 12 digits) or an ID number (12). */
function personal(run: string): boolean {
  const digits = run.replace(/\D/g, '');
  return digits.length >= 9 && digits.length <= 12;
}

/** The text with phone numbers, ID numbers and named one-time codes or tokens masked. */
export function maskPersonalData(text: string): string {
  return text
    .replace(DIGIT_RUN, (run) => (personal(run) ? '[đã ẩn]' : run))
    .replace(NAMED_SECRET, (_m, name: string) => `${name}[đã ẩn]`);
}

/** The request URL as logged: the path (with personal-looking digits masked) and the query's names only. */
export function redactUrl(url: string): string {
  const q = url.indexOf('?');
  const path = maskPersonalData(q < 0 ? url : url.slice(0, q));
  if (q < 0) return path;
  const names = url
    .slice(q + 1)
    .split('&')
    .filter(Boolean)
    .map((pair) => maskPersonalData(pair.split('=')[0]!.slice(0, 40)) + '=…');
  return `${path}?${names.join('&')}`;
}

interface LoggedRequest {
  method: string;
  url: string;
  ip?: string;
  host?: string;
  socket?: { remotePort?: number };
}

/** The logger options of the server: level, destination, redaction of requests and the last filter. */
export function loggerOptions(
  level: string,
  stream?: { write(line: string): void },
): NonNullable<Exclude<FastifyServerOptions['logger'], boolean>> {
  return {
    level,
    ...(stream ? { stream } : {}),
    serializers: {
      req: (req: LoggedRequest) => ({
        method: req.method,
        url: redactUrl(req.url),
        host: req.host,
        remoteAddress: req.ip,
        remotePort: req.socket?.remotePort,
      }),
    },
    redact: {
      paths: [
        'req.headers.cookie',
        'req.headers.authorization',
        'req.headers["x-csrf-token"]',
        'req.headers["x-citizen-csrf"]',
        'res.headers["set-cookie"]',
        // Never log request bodies (passwords, phones, ID numbers, one-time codes), whatever object carries them.
        'req.body',
        'body',
        '*.password',
        '*.currentPassword',
        '*.newPassword',
        '*.temporaryPassword',
        '*.phone',
        '*.idNumber',
        '*.otp',
        '*.token',
      ],
      remove: true,
    },
    hooks: { streamWrite: maskPersonalData },
  };
}
