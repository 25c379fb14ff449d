/**
 * The documents list of a checklist message (the hotline's checklist, a booking confirmation, …): every essential
 * document first (always needed, or needed for the citizen's answers), then the ones that depend on a question not
 * yet answered ("Tùy trường hợp: …"). When the whole list does not fit the channel (3 SMS segments in GSM-7 without
 * diacritics; the larger limits of Zalo and email), the message names the essentials and adds a short link to the
 * citizen's own checklist page, with their answers applied: an essential paper is never hidden behind "và 3 giấy tờ
 * khác". Pure; the service that writes the link is src/services/checklist/message.ts.
 */
import type { RequiredDocument } from '../catalogue/record.js';
import { CODE_ALPHABET } from '../appointments/code.js';
import type { NotifyChannel } from '../notify/templates.js';
import { MAX_SMS_SEGMENTS } from '../notify/templates.js';
import { smsSegments, stripDiacritics } from '../notify/sms-text.js';
import { isEssential, type AnsweredDocument } from './answered.js';
import { countsInWords } from './checklist.js';

/** Zalo ZNS and email bodies: the length beyond which the full list gives way to the link. */
export const CHECKLIST_MESSAGE_LIMITS = { zalo: 1000, email: 4000 } as const;

/** Whether a rendered message fits its channel: SMS in 3 GSM-7 segments (diacritics removed), others by length. */
export function fitsChannel(channel: NotifyChannel, text: string): boolean {
  if (channel === 'sms') return smsSegments(stripDiacritics(text)).segments <= MAX_SMS_SEGMENTS;
  return text.length <= CHECKLIST_MESSAGE_LIMITS[channel];
}

/**
 * What people call a paper, for a message that must be short: "Giấy tờ tùy thân: hộ chiếu, …" → "Giấy tờ tùy thân";
 * "Tờ khai … (theo mẫu)" → "Tờ khai …"; "Giấy khai sinh của người được nhận làm con nuôi" → "Giấy khai sinh";
 * at most 47 characters, cut between words.
 */
export function shortDocumentName(name: string): string {
  let short = name.trim().replace(/\s*\([^()]*\)/g, '');
  const colon = short.indexOf(':');
  if (colon >= 8) short = short.slice(0, colon);
  for (const tail of [' của ', ' do ']) {
    const at = short.indexOf(tail);
    if (at >= 10) short = short.slice(0, at);
  }
  short = short.replace(/[\s,;.]+$/, '');
  if (short.length <= 45) return short;
  const cut = short.slice(0, 44);
  const space = cut.lastIndexOf(' ');
  return `${(space >= 20 ? cut.slice(0, space) : cut).replace(/[\s,;]+$/, '')}...`;
}

// "…" is not in GSM-7: one in an SMS would make it UCS-2, a third of the length per segment.
function item(doc: RequiredDocument, n: number, short: boolean): string {
  return (
    short ? `${n}) ${shortDocumentName(doc.name)}` : `${n}) ${doc.name.trim()} (${countsInWords(doc)})`
  ).replace(/…/g, '...');
}

/**
 * "1) Tờ khai … (1 bản chính); 2) …; Tùy trường hợp: 4) …" — `essentialsOnly` leaves out the conditional ones and
 * `short` the counts and the long tails of names.
 */
export function documentListText(
  documents: readonly AnsweredDocument[],
  opts: { essentialsOnly?: boolean; short?: boolean } = {},
): string {
  const essentials = documents.filter(isEssential);
  const parts = essentials.map((d, i) => item(d.document, i + 1, opts.short ?? false));
  if (!opts.essentialsOnly) {
    const others = documents.filter((d) => !isEssential(d));
    const texts = others.map((d, i) => item(d.document, essentials.length + i + 1, opts.short ?? false));
    if (texts.length > 0) parts.push(`Tùy trường hợp: ${texts.join('; ')}`);
  }
  return parts.join('; ');
}

export interface FittedList {
  /** The documents list to put in the message. */
  list: string;
  /** True when the list names only the essentials and the message must carry the link to the full checklist. */
  linked: boolean;
}

/**
 * The longest list that fits: every document as in the checklist; else the essentials with the link; else the
 * essentials by their short names with the link. `fits` renders the whole message with a candidate (and the link
 * when `linked`) and says whether it fits its channel. Only a procedure with more essentials than a message can
 * name even briefly (none of the demo catalogue's) gets "và N giấy tờ khác", and then always with the link.
 */
export function fitDocumentList(
  documents: readonly AnsweredDocument[],
  fits: (candidate: FittedList) => boolean,
): FittedList {
  const full = { list: documentListText(documents), linked: false };
  if (fits(full)) return full;
  const essentials = { list: documentListText(documents, { essentialsOnly: true }), linked: true };
  if (fits(essentials)) return essentials;
  const named = documents.filter(isEssential);
  for (let k = named.length; k > 0; k--) {
    const text = documentListText(named.slice(0, k), { short: true });
    const candidate = {
      list: k < named.length ? `${text}; và ${named.length - k} giấy tờ khác` : text,
      linked: true,
    };
    if (fits(candidate)) return candidate;
  }
  return { list: `${named.length} giấy tờ`, linked: true };
}

/** A short link's code: 8 characters without 0/O and 1/I (the booking codes' alphabet). */
export function checklistLinkCode(randomBytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < 8; i++) out += CODE_ALPHABET[randomBytes[i]! % CODE_ALPHABET.length];
  return out;
}

export const CHECKLIST_LINK_CODE = /^[A-HJ-NP-Z2-9]{8}$/;

/** How long a checklist link stays valid. */
export const CHECKLIST_LINK_DAYS = 30;

/** The citizen's own checklist page. */
export const checklistLinkUrl = (publicUrl: string, code: string) => `${publicUrl}/giay-to/${code}`;
