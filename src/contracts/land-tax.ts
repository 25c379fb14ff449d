/**
 * Schemas of the land → tax data carried by dossier actions and shown with a dossier: the information slip on land
 * (with a transfer to a Tax office) and the Tax office's notice of financial obligations (with the return). The
 * shapes and types are checked here; what is required and what a value must be is checked by
 * src/domain/land-tax/ (Vietnamese messages naming each field), so every property is optional on the way in.
 */
import { Type, type Static, type TSchema } from 'typebox';
import { obligationKinds } from '../domain/land-tax/obligations.js';
import { transferKinds } from '../domain/land-tax/slip.js';
import { unitSectors } from '../domain/org/sectors.js';

const Text = (max: number, description?: string) =>
  Type.String({ maxLength: max, ...(description ? { description } : {}) });
const Opt = <T extends TSchema>(t: T) => Type.Optional(t);
const DateText = (description: string) =>
  Type.String({ maxLength: 10, description: `${description} (YYYY-MM-DD)` });
const Dong = (description: string) => Type.Integer({ minimum: 0, maximum: 1_000_000_000_000, description });

const PartyIn = Type.Object(
  {
    name: Opt(Text(200)),
    idNumber: Opt(Text(20, 'CCCD, 12 digits')),
    taxCode: Opt(Text(14, 'Mã số thuế, 10 or 13 digits')),
    address: Opt(Text(500)),
    phone: Opt(Text(30)),
  },
  { additionalProperties: false },
);

export const TaxSlipIn = Type.Object(
  {
    slipNo: Opt(Text(50, 'Số phiếu')),
    landUser: Opt(PartyIn),
    transferor: Opt(PartyIn),
    parcel: Opt(
      Type.Object(
        {
          parcelNo: Opt(Text(20, 'Thửa đất số')),
          mapSheet: Opt(Text(20, 'Tờ bản đồ số')),
          address: Opt(Text(500)),
          area: Opt(Type.Number({ description: 'm², at most two decimals' })),
          purpose: Opt(Text(200, 'Mục đích sử dụng đất')),
          term: Opt(Text(100, 'Thời hạn sử dụng đất')),
          origin: Opt(Text(300, 'Nguồn gốc sử dụng đất')),
          pricePosition: Opt(Text(200, 'Vị trí, khu vực theo bảng giá đất')),
        },
        { additionalProperties: false },
      ),
    ),
    assets: Opt(Text(1000, 'Tài sản gắn liền với đất')),
    transfer: Opt(
      Type.Object(
        {
          kind: Opt(Type.Enum(transferKinds)),
          contractNo: Opt(Text(100)),
          contractDate: Opt(DateText('Contract date')),
          price: Opt(Dong('Price on the contract, đồng (required for a transfer)')),
        },
        { additionalProperties: false },
      ),
    ),
    exemptions: Opt(
      Type.Array(
        Type.Object(
          { obligation: Opt(Type.Enum(obligationKinds)), reason: Opt(Text(500)), basis: Opt(Text(300)) },
          { additionalProperties: false },
        ),
        { maxItems: 10 },
      ),
    ),
    attachments: Opt(Type.Array(Text(300), { maxItems: 30, description: 'Giấy tờ kèm theo' })),
  },
  {
    additionalProperties: false,
    description:
      'Phiếu chuyển thông tin để xác định nghĩa vụ tài chính về đất đai (form 01/LCHS): with a transfer from a Land Registration Office to a Tax office',
  },
);

const ObligationIn = Type.Object(
  {
    kind: Opt(Type.Enum(obligationKinds)),
    amount: Opt(Dong('Amount, whole đồng')),
    noticeNo: Opt(Text(50)),
    noticeDate: Opt(DateText('Notice date')),
    dueDate: Opt(DateText('Payment deadline')),
  },
  { additionalProperties: false },
);

export const TaxNoticeIn = Type.Object(
  { obligations: Opt(Type.Array(ObligationIn, { maxItems: 20 })) },
  {
    additionalProperties: false,
    description:
      "The Tax office's notice of financial obligations: with the return of a dossier sent with a slip",
  },
);

const Party = Type.Object({
  name: Type.String(),
  idNumber: Opt(Type.String()),
  taxCode: Opt(Type.String()),
  address: Opt(Type.String()),
  phone: Opt(Type.String()),
});

const Obligation = Type.Object({
  kind: Type.Enum(obligationKinds),
  amount: Type.Integer(),
  noticeNo: Type.String(),
  noticeDate: Type.String(),
  dueDate: Type.String(),
});

/** The slip sent and the notice received, as the dossier page shows them. */
export const LandTaxOut = Type.Object({
  slip: Type.Union([
    Type.Object({
      slipNo: Type.String(),
      landUser: Party,
      transferor: Opt(Party),
      parcel: Type.Object({
        parcelNo: Type.String(),
        mapSheet: Type.String(),
        address: Type.String(),
        area: Type.Number(),
        purpose: Type.String(),
        term: Type.String(),
        origin: Type.String(),
        pricePosition: Opt(Type.String()),
      }),
      assets: Opt(Type.String()),
      transfer: Type.Object({
        kind: Type.Enum(transferKinds),
        contractNo: Opt(Type.String()),
        contractDate: Opt(Type.String()),
        price: Opt(Type.Integer()),
      }),
      exemptions: Type.Array(
        Type.Object({
          obligation: Type.Enum(obligationKinds),
          reason: Type.String(),
          basis: Opt(Type.String()),
        }),
      ),
      attachments: Type.Array(Type.String()),
      sentAt: Type.String({ format: 'date-time' }),
      sentBy: Type.Union([Type.String(), Type.Null()]),
      from: Type.String(),
      to: Type.String(),
    }),
    Type.Null(),
  ]),
  notice: Type.Union([
    Type.Object({
      obligations: Type.Array(Obligation),
      at: Type.String({ format: 'date-time' }),
      by: Type.Union([Type.String(), Type.Null()]),
      from: Type.String(),
    }),
    Type.Null(),
  ]),
});

/** What the citizen's tracking page shows of the notice: amounts and deadlines, nothing personal. */
export const TrackedObligation = Type.Object(
  {
    kind: Type.Enum(obligationKinds),
    label: Type.String(),
    amount: Type.Integer(),
    dueDate: Type.String(),
    noticeNo: Type.String(),
    noticeDate: Type.String(),
  },
  { additionalProperties: false },
);
export type TrackedObligation = Static<typeof TrackedObligation>;

export const TransferTargets = Type.Object({
  items: Type.Array(
    Type.Object({
      agencyId: Type.String(),
      name: Type.String(),
      type: Type.String(),
      sector: Type.Union([Type.Enum(unitSectors), Type.Null()]),
      suggested: Type.Boolean(),
      needsTaxSlip: Type.Boolean(),
      consultDueAt: Type.String({ format: 'date-time' }),
    }),
  ),
});
