/**
 * Channels (cách thức thực hiện): the portal's table "Hình thức nộp | Thời gian | Phí, lệ phí | Mô tả" arrives as
 * "Hình thức nộpThời gianPhí, lệ phíMô tảTrực tuyến1 Ngày làm việcMiễn phí(note)descriptionTrực tiếp…".
 * Each row: kind, time limit (a number and a unit, a bare number, or "Không có thông tin"), fee ("Miễn phí",
 * "150,000 Việt Nam Đồng", "20 VNĐ", "Không có thông tin"), an optional fee note in parentheses, a description.
 */
import { channelKinds, type Channel, type ChannelKind, type Fee, type TimeLimit } from '../record.js';
import { clip, oneLine, parseGroupedInteger, type ConversionIssue } from './text.js';

const KINDS: Record<string, ChannelKind> = {
  'Trực tuyến': 'online',
  'Trực tiếp': 'desk',
  'Dịch vụ bưu chính': 'post',
};
const KIND_LABEL: Record<ChannelKind, string> = {
  online: 'Trực tuyến',
  desk: 'Trực tiếp',
  post: 'Bưu chính',
};

const TABLE_HEADER = /^\s*Hình thức nộp\s*Thời gian\s*Phí, lệ phí\s*Mô tả/;
const NO_INFO = 'Không có thông tin';
const ROW_START = /(Trực tuyến|Trực tiếp|Dịch vụ bưu chính)(?=\d|Không có thông tin)/g;
const CURRENCY = String.raw`(Việt Nam Đồng|VNĐ|Đồng|đồng|USD)`;

type Unit = TimeLimit['unit'] | 'months' | 'years';
const UNITS: Record<string, Unit> = {
  'ngày làm việc': 'working_days',
  'giờ làm việc': 'working_hours',
  ngày: 'calendar_days',
  giờ: 'working_hours',
  tháng: 'months',
  năm: 'years',
};

/** A time limit phrase in running text: "05 ngày làm việc", "03 (ba) ngày", "02 giờ làm việc". */
const TIME_PHRASE =
  /(\d+(?:[.,]\d+)?)\s*(?:\([^()]{1,15}\)\s*)?(ngày làm việc|giờ làm việc|ngày|giờ|tháng)(?![\p{L}])/giu;
/** Clock times ("sau 15 giờ") are not durations. */
const CLOCK_TIME = /(?:sau|trước|từ|đến|lúc|quá)\s+\d+\s*giờ(?:\s*\d+)?/giu;
/** Wording of same-day procedures, including the 15:00 rule. */
const SAME_DAY = /ngay trong ngày|trả kết quả trong ngày|sau 15 giờ|trong ngày làm việc tiếp theo/iu;

interface ParsedTime {
  limit?: TimeLimit;
  issue?: string;
}

/**
 * Finds a stated time limit in running text: a duration ("05 ngày làm việc") and, with `sameDay`, same-day wording.
 * In a procedure's steps only same-day wording is looked for (`durations` false): their durations are often other
 * deadlines (a verification, the parents' 60 days to register a birth).
 */
function timeFromText(
  text: string,
  { sameDay, durations = true }: { sameDay: boolean; durations?: boolean },
): { limit: TimeLimit; quote: string } | undefined {
  const plain = oneLine(text).replace(CLOCK_TIME, ' ');
  TIME_PHRASE.lastIndex = 0;
  const m = durations ? TIME_PHRASE.exec(plain) : null;
  if (m?.[1] && m[2]) {
    const unit = UNITS[m[2].toLowerCase()];
    const value = Number(m[1].replace(',', '.'));
    if (unit && unit !== 'months' && unit !== 'years') return { limit: { value, unit }, quote: m[0] };
  }
  if (sameDay) {
    const s = SAME_DAY.exec(plain);
    if (s) return { limit: { value: 0, unit: 'same_day' }, quote: s[0] };
  }
  return undefined;
}

function limitOf(value: number, unitWord: string | undefined): ParsedTime {
  const unit = unitWord ? UNITS[unitWord.toLowerCase()] : undefined;
  if (!unit) return {};
  if (unit === 'months' || unit === 'years') {
    const days = Math.min(3650, value * (unit === 'months' ? 30 : 365));
    return {
      limit: { value: days, unit: 'calendar_days', note: `${value} ${unitWord?.toLowerCase()}` },
      issue: `thời hạn "${value} ${unitWord}" được quy đổi thành ${days} ngày`,
    };
  }
  return { limit: { value: Math.min(3650, value), unit } };
}

/** Reads the fee amount glued after a bare time ("Trực tuyến120 VNĐ(20.000 vnđ/tờ khai)"). */
function splitGluedDigits(digits: string, note: string): { time: number; amount: number } | undefined {
  const noted = amountsIn(note);
  const options: { time: number; amount: number }[] = [];
  for (let i = 1; i < digits.length; i++) {
    const time = Number(digits.slice(0, i).replace(/[.,]/g, ''));
    const amount = parseGroupedInteger(digits.slice(i));
    if (!Number.isFinite(time) || time === 0 || amount === undefined || /^[.,0]/.test(digits.slice(i)))
      continue;
    options.push({ time, amount });
  }
  return (
    options.find((o) => noted.includes(o.amount) || noted.includes(o.amount * 1000)) ?? options[0] // shortest time first
  );
}

/** Every amount written in a text ("20.000 đồng", "1.800.000đ"). */
function amountsIn(text: string): number[] {
  const out: number[] = [];
  for (const m of text.matchAll(/(\d{1,3}(?:[.,]\d{3})+|\d+)\s*(?:đồng|đ\b|vnđ|VNĐ|Đồng)/giu)) {
    const n = m[1] ? parseGroupedInteger(m[1]) : undefined;
    if (n !== undefined) out.push(n);
  }
  return out;
}

/** Text inside balanced parentheses starting at `text[0] === '('`; returns it and the rest. */
function takeParenthesised(text: string): { inner: string; rest: string } {
  if (!text.startsWith('(')) return { inner: '', rest: text };
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '(') depth++;
    else if (text[i] === ')') depth--;
    if (depth === 0) return { inner: text.slice(1, i), rest: text.slice(i + 1) };
  }
  return { inner: text.slice(1), rest: '' };
}

const LABELLED_FEE =
  /(Lệ phí|Phí)\s*:\s*(\d{1,3}(?:[.,]\d{3})+|\d+)\s*(?:Đồng|đồng|VNĐ|vnđ|đ)(?![\p{L}])\s*(?:\(([^()]*(?:\([^()]*\)[^()]*)*)\))?/gu;

function feeName(note: string): string {
  const t = note.trim().replace(/^[-+(\s]+/, '');
  if (/^lệ phí/i.test(t)) return 'Lệ phí';
  if (/^phí/i.test(t)) return 'Phí';
  return 'Phí, lệ phí';
}

interface Row {
  kind: ChannelKind;
  channel?: Channel;
  summary: string;
}

function parseRow(kind: ChannelKind, body: string, context: string, issues: ConversionIssue[]): Row {
  const say = (message: string) =>
    issues.push({ field: 'channels', message: `${KIND_LABEL[kind]}: ${message}` });
  let rest = body;
  let time: ParsedTime = {};
  let timeText = '';
  let gluedAmount: number | undefined;
  let feeCurrency: string | undefined;

  const glued = new RegExp(String.raw`^(\d[\d.,]*)\s?${CURRENCY}`).exec(rest);
  if (glued?.[1] && glued[2]) {
    const after = rest.slice(glued[0].length);
    const split = splitGluedDigits(glued[1], takeParenthesised(after).inner);
    if (split) {
      time = { limit: { value: split.time, unit: 'working_days' } };
      gluedAmount = split.amount;
      feeCurrency = glued[2];
      timeText = String(split.time);
      say(
        `thời hạn và phí dính liền "${glued[0]}": đọc là ${split.time} (không ghi đơn vị) và ${split.amount} ${glued[2]}`,
      );
    }
    rest = after;
  } else if (rest.startsWith(NO_INFO)) {
    rest = rest.slice(NO_INFO.length);
  } else {
    const m = /^(\d+(?:[.,]\d+)?)\s?(Ngày làm việc|Ngày|Giờ|Tháng|Năm)?/u.exec(rest);
    if (m?.[1]) {
      timeText = m[0];
      const value = Number(m[1].replace(',', '.'));
      rest = rest.slice(m[0].length);
      if (value === 0) time = {};
      else {
        time = m[2] ? limitOf(value, m[2]) : { limit: { value, unit: 'working_days' } };
        if (!m[2]) time.issue = 'no-unit';
      }
    }
  }

  // Fee column.
  const fees: Fee[] = [];
  let feeKnown = true;
  let usd: string | undefined;
  let amount: number | undefined = gluedAmount;
  if (gluedAmount === undefined) {
    const feeMatch = new RegExp(String.raw`^(Miễn phí|${NO_INFO}|(\d[\d.,]*)\s?${CURRENCY})`).exec(rest);
    if (feeMatch) {
      rest = rest.slice(feeMatch[0].length);
      if (feeMatch[1] === 'Miễn phí') amount = 0;
      else if (feeMatch[1] === NO_INFO) feeKnown = false;
      else {
        feeCurrency = feeMatch[3];
        amount = feeMatch[2] ? parseGroupedInteger(feeMatch[2]) : undefined;
        if (amount === undefined) say(`không đọc được số tiền "${feeMatch[0]}"`);
      }
    } else {
      feeKnown = false;
      say(`không đọc được cột phí, lệ phí: "${clip(oneLine(rest), 80)}"`);
    }
  }
  const { inner: feeNoteRaw, rest: afterNote } = takeParenthesised(rest);
  const feeNote = oneLine(feeNoteRaw);
  const description = oneLine(afterNote);

  if (feeCurrency === 'USD' && amount !== undefined) {
    usd = `${amount} USD${feeNote ? ` (${feeNote})` : ''}`;
    say(`phí tính bằng USD (${amount} USD), không nhập`);
    amount = undefined;
  } else if (amount !== undefined && amount > 0 && amount < 1000) {
    // The portal's amount column is often in thousands of đồng ("20 VNĐ" with the note "20.000 đồng/lần");
    // no fee or charge is under 1,000 đồng.
    const confirmed = amountsIn(feeNote + ' ' + description).includes(amount * 1000);
    if (!confirmed)
      say(`số tiền "${amount} ${feeCurrency ?? ''}" dưới 1.000 đồng, đọc là ${amount * 1000} đồng`);
    amount *= 1000;
  }
  if (amount !== undefined) {
    const fee: Fee = { name: feeName(feeNote), amount };
    if (feeNote) fee.note = clip(feeNote, 1000);
    fees.push(fee);
  }
  for (const m of (feeNote + ' ' + description).matchAll(LABELLED_FEE)) {
    const value = m[2] ? parseGroupedInteger(m[2]) : undefined;
    if (value === undefined || fees.some((f) => f.amount === value)) continue;
    const fee: Fee = { name: m[1] ?? 'Phí', amount: value };
    if (m[3]) fee.note = clip(oneLine(m[3]), 1000);
    fees.push(fee);
  }
  if (fees.length > 0) feeKnown = true;
  if (!feeKnown && !usd) {
    issues.push({
      field: 'channels',
      message: `${KIND_LABEL[kind]}: không có thông tin phí, lệ phí`,
      gap: true,
    });
  }

  // Time limits stated without a unit, or not at all: look in the description, then in the steps.
  if (time.issue === 'no-unit' && time.limit) {
    const n = time.limit.value;
    const said = timeFromText(description, { sameDay: n === 1 });
    const inSteps = n === 1 ? timeFromText(context, { sameDay: true, durations: false }) : undefined;
    if (said && (said.limit.value === n || said.limit.unit === 'same_day')) time = { limit: said.limit };
    else if (said) {
      time = { limit: said.limit };
      say(`thời hạn "${n}" không có đơn vị; theo mô tả "${said.quote}"`);
    } else if (inSteps?.limit.unit === 'same_day') {
      time = { limit: inSteps.limit };
      say(`thời hạn "${n}" không có đơn vị; trình tự nói "${inSteps.quote}" nên đọc là trong ngày`);
    } else {
      time = { limit: { value: n, unit: 'working_days' } };
      say(`thời hạn "${n}" không có đơn vị, tạm đọc là ${n} ngày làm việc`);
    }
  } else if (!time.limit) {
    const said =
      timeFromText(description, { sameDay: true }) ??
      timeFromText(context, { sameDay: true, durations: false });
    if (said) {
      time = { limit: said.limit };
      say(`không có thời hạn trong bảng; lấy từ văn bản "${said.quote}"`);
    } else say('không có thời hạn giải quyết; bỏ kênh này');
  } else if (time.issue) say(time.issue);
  else if (time.limit?.unit === 'calendar_days') {
    // "15 Ngày" in the table, "không quá 15 ngày làm việc" in the description: the description is precise.
    const said = timeFromText(description, { sameDay: false });
    if (said?.limit.unit === 'working_days' && said.limit.value === time.limit.value)
      time = { limit: said.limit };
  }

  const noteParts = [description, usd ? `Phí: ${usd}` : ''].filter(Boolean);
  const summary = `${timeText || NO_INFO}, ${amount ?? '?'} đồng`;
  if (!time.limit) return { kind, summary };
  const channel: Channel = { kind, timeLimit: time.limit, fees };
  if (noteParts.length) channel.note = clip(noteParts.join(' '), 2000);
  return { kind, channel, summary };
}

/** "Trực tuyến: X", "Trực tiếp: X" → one issue "Trực tuyến, Trực tiếp: X". */
function mergeByKind(issues: ConversionIssue[]): ConversionIssue[] {
  const out: ConversionIssue[] = [];
  const byText = new Map<string, { issue: ConversionIssue; kinds: string[] }>();
  for (const issue of issues) {
    const m = /^(Trực tuyến|Trực tiếp|Bưu chính): (.*)$/su.exec(issue.message);
    if (!m?.[1] || m[2] === undefined) {
      out.push(issue);
      continue;
    }
    const seen = byText.get(m[2]);
    if (seen) {
      if (!seen.kinds.includes(m[1])) seen.kinds.push(m[1]);
      seen.issue.message = `${seen.kinds.join(', ')}: ${m[2]}`;
    } else {
      const merged = { ...issue };
      byText.set(m[2], { issue: merged, kinds: [m[1]] });
      out.push(merged);
    }
  }
  return out;
}

/**
 * Parses the channel table. `context` is the procedure's steps, searched for same-day wording when the table has
 * no time limit. One channel per kind (the first row of a kind; later rows are reported).
 */
export function parseChannels(
  text: string,
  context = '',
): { channels: Channel[]; issues: ConversionIssue[] } {
  const issues: ConversionIssue[] = [];
  const body = text.replace(TABLE_HEADER, '');
  const starts = [...body.matchAll(ROW_START)];
  if (starts.length === 0) {
    issues.push({
      field: 'channels',
      message: `không đọc được bảng cách thức thực hiện: "${clip(oneLine(body), 120)}"`,
    });
    return { channels: [], issues };
  }
  if ((starts[0]?.index ?? 0) > 0) {
    issues.push({
      field: 'channels',
      message: `văn bản trước bảng bị bỏ qua: "${clip(oneLine(body.slice(0, starts[0]?.index)), 80)}"`,
    });
  }
  const byKind = new Map<ChannelKind, Row>();
  starts.forEach((m, i) => {
    const kind = KINDS[m[1] ?? ''] ?? 'desk';
    const from = (m.index ?? 0) + (m[1]?.length ?? 0);
    const to = starts[i + 1]?.index ?? body.length;
    const row = parseRow(kind, body.slice(from, to), context, issues);
    const first = byKind.get(kind);
    if (!first) byKind.set(kind, row);
    else {
      issues.push({
        field: 'channels',
        message: `${KIND_LABEL[kind]}: có thêm một dòng (${row.summary}); chỉ giữ dòng đầu (${first.summary})`,
      });
      if (first.channel) {
        first.channel.note = clip(
          [first.channel.note, `Trường hợp khác: ${row.summary}.`].filter(Boolean).join(' '),
          2000,
        );
      }
    }
  });
  const channels = channelKinds.flatMap((k) => {
    const c = byKind.get(k)?.channel;
    return c ? [c] : [];
  });
  return { channels, issues: mergeByKind(issues) };
}
