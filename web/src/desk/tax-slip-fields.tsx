/**
 * The information slip on land (form 01/LCHS) as the Land Registration Office fills it in the transfer form when
 * the dossier goes to a Tax office: the land user (prefilled from the applicant), the transferor, the parcel, the
 * assets on it, the transfer and its price, the exemptions claimed and the papers attached (prefilled from the
 * papers received). The server checks it again (src/domain/land-tax/slip.ts) and names any field it refuses.
 */
import type { ActionBody } from '../../../src/contracts/dossier.js';
import { Button, Form, Input, Select, AutoComplete } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import type { Dayjs } from 'dayjs';
import { obligationKinds, obligationLabels } from '../../../src/domain/land-tax/obligations.js';
import { transferKinds, transferKindLabels, type TaxInfoSlip } from '../../../src/domain/land-tax/slip.js';
import type { DossierDetail } from './dossier-api.js';
import { AreaInput, DayInput, DongInput, isoDay } from './money-input.js';
import './land-tax.css';

type SlipValues = Omit<TaxInfoSlip, 'transfer'> & {
  transfer: Omit<TaxInfoSlip['transfer'], 'contractDate'> & { contractDate?: Dayjs | null };
};

const purposes = [
  'Đất ở tại nông thôn (ONT)',
  'Đất ở tại đô thị (ODT)',
  'Đất trồng cây lâu năm (CLN)',
  'Đất trồng lúa (LUA)',
  'Đất trồng cây hằng năm khác (BHK)',
  'Đất nuôi trồng thủy sản (NTS)',
].map((value) => ({ value }));
const terms = ['Lâu dài', 'Đến ngày 01/07/2064'].map((value) => ({ value }));
const withTransferor = new Set(['transfer', 'gift', 'inheritance']);

/** The form's initial slip: the applicant as the land user, the received papers as attachments. */
export function initialSlip(d: DossierDetail): Partial<SlipValues> {
  return {
    landUser: {
      name: d.applicant.name,
      address: d.applicant.address ?? '',
      ...(d.applicant.idNumber ? { idNumber: d.applicant.idNumber } : {}),
      ...(d.applicant.phone ? { phone: d.applicant.phone } : {}),
    },
    transfer: { kind: /chuyển nhượng/i.test(d.caseName ?? '') ? 'transfer' : 'other' },
    exemptions: [],
    attachments: d.documents.filter((doc) => doc.state === 'received').map((doc) => doc.name),
  };
}

/** The slip as the API takes it (dates as YYYY-MM-DD, empty optional texts left out by the server). */
export function slipBody(v: SlipValues): ActionBody['taxSlip'] {
  const contractDate = isoDay(v.transfer?.contractDate);
  return {
    ...v,
    ...(v.transfer && withTransferor.has(v.transfer.kind) ? {} : { transferor: undefined }),
    transfer: { ...v.transfer, contractDate },
  };
}

const req = (message: string) => [{ required: true, whitespace: true, message }];

type TextSpec = [
  label: string,
  maxLength: number,
  more?: { inputMode?: 'numeric' | 'tel'; required?: string; options?: { value: string }[] },
];

/**
 * The slip's text fields by path: label, longest length, and as needed the keyboard, what an empty required one says
 * and the suggestions offered.
 */
const texts = {
  slipNo: ['Số phiếu', 50, { required: 'Cần số phiếu.' }],
  'landUser.name': ['Họ tên người sử dụng đất', 200, { required: 'Cần họ tên.' }],
  'landUser.idNumber': ['Số CCCD người sử dụng đất', 20, { inputMode: 'numeric' }],
  'landUser.taxCode': ['Mã số thuế (nếu có)', 14, { inputMode: 'numeric' }],
  'landUser.phone': ['Điện thoại người sử dụng đất', 30, { inputMode: 'tel' }],
  'landUser.address': ['Địa chỉ nhận thông báo nộp tiền', 500, { required: 'Cần địa chỉ nhận thông báo.' }],
  'parcel.parcelNo': ['Thửa đất số', 20, { required: 'Cần số thửa đất.' }],
  'parcel.mapSheet': ['Tờ bản đồ số', 20, { required: 'Cần số tờ bản đồ.' }],
  'parcel.term': ['Thời hạn sử dụng', 100, { required: 'Cần thời hạn sử dụng.', options: terms }],
  'parcel.address': ['Địa chỉ thửa đất', 500, { required: 'Cần địa chỉ thửa đất.' }],
  'parcel.purpose': [
    'Mục đích sử dụng đất',
    200,
    { required: 'Cần mục đích sử dụng đất.', options: purposes },
  ],
  'parcel.origin': ['Nguồn gốc sử dụng đất', 300, { required: 'Cần nguồn gốc sử dụng.' }],
  'parcel.pricePosition': ['Vị trí, khu vực theo bảng giá đất', 200],
  'transfer.contractNo': ['Số hợp đồng, văn bản', 100],
  'transferor.name': ['Họ tên bên chuyển quyền', 200, { required: 'Cần họ tên bên chuyển quyền.' }],
  'transferor.idNumber': ['Số CCCD bên chuyển quyền', 20, { inputMode: 'numeric' }],
  'transferor.address': ['Địa chỉ bên chuyển quyền', 500],
} satisfies Record<string, TextSpec>;

/** One of the slip's text fields (under taxSlip in the form). */
function SlipText({ at }: { at: keyof typeof texts }) {
  const [label, maxLength, more]: TextSpec = texts[at];
  return (
    <Form.Item
      name={['taxSlip', ...at.split('.')]}
      label={label}
      rules={more?.required ? req(more.required) : undefined}
    >
      {more?.options ? (
        <AutoComplete options={more.options} maxLength={maxLength} />
      ) : (
        <Input inputMode={more?.inputMode} maxLength={maxLength} />
      )}
    </Form.Item>
  );
}

export function TaxSlipFields({ documents }: { documents: DossierDetail['documents'] }) {
  const kind = Form.useWatch(['taxSlip', 'transfer', 'kind']) as string | undefined;
  const at = (...path: (string | number)[]) => ['taxSlip', ...path];
  return (
    <div className="tax-slip-fields">
      <SlipText at="slipNo" />
      <fieldset className="tax-slip-section">
        <legend>I. Người sử dụng đất</legend>
        <div className="intake-grid">
          <SlipText at="landUser.name" />
          <SlipText at="landUser.idNumber" />
          <SlipText at="landUser.taxCode" />
          <SlipText at="landUser.phone" />
        </div>
        <SlipText at="landUser.address" />
      </fieldset>
      <fieldset className="tax-slip-section">
        <legend>II. Thửa đất</legend>
        <div className="intake-grid">
          <SlipText at="parcel.parcelNo" />
          <SlipText at="parcel.mapSheet" />
          <Form.Item
            name={at('parcel', 'area')}
            label="Diện tích (m²)"
            rules={[{ required: true, message: 'Cần diện tích.' }]}
          >
            <AreaInput />
          </Form.Item>
          <SlipText at="parcel.term" />
        </div>
        <SlipText at="parcel.address" />
        <SlipText at="parcel.purpose" />
        <SlipText at="parcel.origin" />
        <SlipText at="parcel.pricePosition" />
        <Form.Item name={at('assets')} label="Tài sản gắn liền với đất (nếu có)">
          <Input.TextArea rows={2} maxLength={1000} />
        </Form.Item>
      </fieldset>
      <fieldset className="tax-slip-section">
        <legend>III. Biến động và giá</legend>
        <div className="intake-grid">
          <Form.Item
            name={at('transfer', 'kind')}
            label="Loại biến động"
            rules={[{ required: true, message: 'Cần loại biến động.' }]}
          >
            <Select options={transferKinds.map((k) => ({ value: k, label: transferKindLabels[k] }))} />
          </Form.Item>
          <Form.Item
            name={at('transfer', 'price')}
            label="Giá ghi trên hợp đồng"
            rules={kind === 'transfer' ? [{ required: true, message: 'Cần giá chuyển nhượng.' }] : []}
          >
            <DongInput />
          </Form.Item>
          <SlipText at="transfer.contractNo" />
          <Form.Item name={at('transfer', 'contractDate')} label="Ngày hợp đồng">
            <DayInput />
          </Form.Item>
        </div>
        {kind && withTransferor.has(kind) && (
          <div className="intake-grid">
            <SlipText at="transferor.name" />
            <SlipText at="transferor.idNumber" />
            <SlipText at="transferor.address" />
          </div>
        )}
      </fieldset>
      <fieldset className="tax-slip-section">
        <legend>IV. Đề nghị miễn, giảm</legend>
        <Form.List name={at('exemptions')}>
          {(rows, { add, remove }) => (
            <>
              {rows.map((row) => (
                <div key={row.key} className="intake-grid tax-slip-row">
                  <Form.Item
                    name={[row.name, 'obligation']}
                    label={`Khoản được miễn, giảm ${row.name + 1}`}
                    rules={[{ required: true, message: 'Cần chọn khoản.' }]}
                  >
                    <Select
                      options={obligationKinds.map((k) => ({ value: k, label: obligationLabels[k] }))}
                    />
                  </Form.Item>
                  <Form.Item
                    name={[row.name, 'reason']}
                    label={`Lý do miễn, giảm ${row.name + 1}`}
                    rules={req('Cần lý do miễn, giảm.')}
                  >
                    <Input maxLength={500} />
                  </Form.Item>
                  <Button
                    icon={<DeleteOutlined aria-hidden />}
                    onClick={() => remove(row.name)}
                    aria-label={`Bỏ khoản miễn, giảm ${row.name + 1}`}
                  />
                </div>
              ))}
              <Button icon={<PlusOutlined aria-hidden />} onClick={() => add({})}>
                Thêm khoản đề nghị miễn, giảm
              </Button>
            </>
          )}
        </Form.List>
      </fieldset>
      <Form.Item
        name={at('attachments')}
        label="Giấy tờ kèm theo phiếu"
        rules={[{ required: true, type: 'array', min: 1, message: 'Cần ít nhất một giấy tờ kèm theo.' }]}
      >
        <Select mode="tags" options={documents.map((d) => ({ value: d.name, label: d.name }))} />
      </Form.Item>
    </div>
  );
}
