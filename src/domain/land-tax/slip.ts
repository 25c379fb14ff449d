/**
 * The information slip for determining financial obligations on land (Phiếu chuyển thông tin để xác định nghĩa vụ
 * tài chính về đất đai) that the Land Registration Office sends the Tax office with a land dossier. Its sections
 * follow form 01/LCHS (Thông tư 80/2021/TT-BTC, the tax-administration forms the land regulations under the 2024 Land
 * Law refer to; see docs/DECISIONS.md): the land user, the transferor, the parcel, the assets on it, the transfer and
 * its price, the exemptions or reductions claimed, the papers attached. `checkTaxSlip` validates an input and gives
 * the slip as stored, or every problem at once, each naming its field.
 */
import { parseCccd } from '../dossier/identity.js';
import { normalisePhone } from '../contact/contact.js';
import type { FieldIssue } from '../errors.js';
import { keysOf } from '../keys.js';
import { Issues } from './check.js';
import { obligationKinds, type ObligationKind } from './obligations.js';

export const transferKindLabels = {
  transfer: 'Chuyển nhượng quyền sử dụng đất',
  gift: 'Tặng cho quyền sử dụng đất',
  inheritance: 'Thừa kế quyền sử dụng đất',
  first_certificate: 'Cấp Giấy chứng nhận lần đầu',
  purpose_change: 'Chuyển mục đích sử dụng đất',
  other: 'Trường hợp khác',
} as const;
export const transferKinds = keysOf(transferKindLabels);
export type TransferKind = keyof typeof transferKindLabels;

/** Kinds with another party giving the land: the transferor is required. */
const withTransferor: readonly TransferKind[] = ['transfer', 'gift', 'inheritance'];

export interface Party {
  name: string;
  idNumber?: string;
  taxCode?: string;
  address?: string;
  phone?: string;
}

export interface TaxInfoSlip {
  /** Số phiếu, as the office numbers its slips. */
  slipNo: string;
  /** Người sử dụng đất (who will pay): name and where the notice is sent. */
  landUser: Party & { address: string };
  /** Bên chuyển quyền (transfer, gift, inheritance). */
  transferor?: Party;
  parcel: {
    parcelNo: string;
    mapSheet: string;
    address: string;
    /** m², at most two decimals. */
    area: number;
    purpose: string;
    term: string;
    origin: string;
    /** Vị trí, khu vực theo bảng giá đất. */
    pricePosition?: string;
  };
  /** Tài sản gắn liền với đất (house: kind, level, floor area), as written. */
  assets?: string;
  transfer: { kind: TransferKind; contractNo?: string; contractDate?: string; price?: number };
  exemptions: { obligation: ObligationKind; reason: string; basis?: string }[];
  attachments: string[];
}

const TAX_CODE = /^\d{10}(-\d{3})?$/;

function party(issues: Issues, at: string, input: unknown, needAddress: boolean): Party | undefined {
  const p = (typeof input === 'object' && input !== null ? input : {}) as Record<string, unknown>;
  const name = issues.text(`${at}.name`, p.name, 'Cần họ tên hoặc tên tổ chức.', 200);
  const address = issues.text(
    `${at}.address`,
    p.address,
    needAddress ? 'Cần địa chỉ nhận thông báo.' : false,
  );
  let idNumber: string | undefined;
  const idText = issues.text(`${at}.idNumber`, p.idNumber, false, 20);
  if (idText) {
    idNumber = parseCccd(idText)?.number;
    if (!idNumber) issues.add(`${at}.idNumber`, 'Số CCCD không hợp lệ (12 chữ số).');
  }
  const taxCode = issues.text(`${at}.taxCode`, p.taxCode, false, 14);
  if (taxCode && !TAX_CODE.test(taxCode)) issues.add(`${at}.taxCode`, 'Mã số thuế gồm 10 hoặc 13 chữ số.');
  let phone: string | undefined;
  const phoneText = issues.text(`${at}.phone`, p.phone, false, 30);
  if (phoneText) {
    phone = normalisePhone(phoneText);
    if (!phone) issues.add(`${at}.phone`, 'Số điện thoại di động không hợp lệ.');
  }
  if (!name) return undefined;
  return {
    name,
    ...(idNumber ? { idNumber } : {}),
    ...(taxCode ? { taxCode } : {}),
    ...(address ? { address } : {}),
    ...(phone ? { phone } : {}),
  };
}

/** The slip as stored, or the issues (fields under `taxSlip.`). `today` is YYYY-MM-DD in Vietnam. */
export function checkTaxSlip(
  input: unknown,
  today: string,
): { ok: true; slip: TaxInfoSlip } | { ok: false; issues: FieldIssue[] } {
  const issues = new Issues('taxSlip');
  const s = (typeof input === 'object' && input !== null ? input : {}) as Record<string, unknown>;
  const obj = (v: unknown) => (typeof v === 'object' && v !== null ? v : {}) as Record<string, unknown>;
  const slipNo = issues.text('slipNo', s.slipNo, 'Cần số phiếu.', 50);
  const landUser = party(issues, 'landUser', s.landUser, true);

  const p = obj(s.parcel);
  const parcelNo = issues.text('parcel.parcelNo', p.parcelNo, 'Cần số thửa đất.', 20);
  const mapSheet = issues.text('parcel.mapSheet', p.mapSheet, 'Cần số tờ bản đồ.', 20);
  const address = issues.text('parcel.address', p.address, 'Cần địa chỉ thửa đất.');
  let area: number | undefined;
  if (typeof p.area !== 'number' || !Number.isFinite(p.area) || p.area <= 0 || p.area > 100_000_000) {
    issues.add('parcel.area', 'Diện tích phải là số dương (m²).');
  } else if (Math.abs(Math.round(p.area * 100) - p.area * 100) > 1e-6) {
    // (0.29 * 100 is 28.999999999999996 in binary floating point: compare within a tolerance.)
    issues.add('parcel.area', 'Diện tích ghi tối đa hai chữ số thập phân.');
  } else area = p.area;
  const purpose = issues.text('parcel.purpose', p.purpose, 'Cần mục đích sử dụng đất.', 200);
  const term = issues.text('parcel.term', p.term, 'Cần thời hạn sử dụng đất.', 100);
  const origin = issues.text('parcel.origin', p.origin, 'Cần nguồn gốc sử dụng đất.', 300);
  const pricePosition = issues.text('parcel.pricePosition', p.pricePosition, false, 200);
  const assets = issues.text('assets', s.assets, false, 1000);

  const t = obj(s.transfer);
  const kind = transferKinds.find((k) => k === t.kind);
  if (!kind) issues.add('transfer.kind', 'Cần chọn loại biến động (chuyển nhượng, tặng cho, thừa kế…).');
  const contractNo = issues.text('transfer.contractNo', t.contractNo, false, 100);
  const contractDate = issues.date('transfer.contractDate', t.contractDate, false, today);
  const price = issues.dong(
    'transfer.price',
    t.price,
    kind === 'transfer' ? 'Cần giá chuyển nhượng ghi trên hợp đồng (đồng).' : false,
  );
  let transferor: Party | undefined;
  if (kind && withTransferor.includes(kind)) {
    transferor = party(issues, 'transferor', s.transferor, false);
  }

  const exemptions: TaxInfoSlip['exemptions'] = [];
  const ex = Array.isArray(s.exemptions) ? s.exemptions : [];
  ex.forEach((e: unknown, i) => {
    const o = obj(e);
    const obligation = obligationKinds.find((k) => k === o.obligation);
    if (!obligation) issues.add(`exemptions[${i}].obligation`, 'Cần chọn khoản được miễn, giảm.');
    const reason = issues.text(`exemptions[${i}].reason`, o.reason, 'Cần lý do miễn, giảm.', 500);
    const basis = issues.text(`exemptions[${i}].basis`, o.basis, false, 300);
    if (obligation && reason) exemptions.push({ obligation, reason, ...(basis ? { basis } : {}) });
  });
  if (new Set(exemptions.map((e) => e.obligation)).size !== exemptions.length) {
    issues.add('exemptions', 'Mỗi khoản chỉ ghi miễn, giảm một lần.');
  }
  const attachments: string[] = [];
  const att = Array.isArray(s.attachments) ? s.attachments : [];
  att.forEach((a: unknown, i) => {
    const text = issues.text(`attachments[${i}]`, a, 'Tên giấy tờ kèm theo không được để trống.', 300);
    if (text) attachments.push(text);
  });
  if (att.length === 0) issues.add('attachments', 'Cần ít nhất một giấy tờ kèm theo phiếu.');

  if (issues.list.length > 0) return { ok: false, issues: issues.list };
  return {
    ok: true,
    slip: {
      slipNo: slipNo!,
      landUser: landUser as TaxInfoSlip['landUser'],
      ...(transferor ? { transferor } : {}),
      parcel: {
        parcelNo: parcelNo!,
        mapSheet: mapSheet!,
        address: address!,
        area: area!,
        purpose: purpose!,
        term: term!,
        origin: origin!,
        ...(pricePosition ? { pricePosition } : {}),
      },
      ...(assets ? { assets } : {}),
      transfer: {
        kind: kind!,
        ...(contractNo ? { contractNo } : {}),
        ...(contractDate ? { contractDate } : {}),
        ...(price !== undefined ? { price } : {}),
      },
      exemptions,
      attachments,
    },
  };
}
