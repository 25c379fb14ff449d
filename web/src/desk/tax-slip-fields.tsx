/**
 * The information slip on land (form 01/LCHS) as the Land Registration Office fills it in the transfer form when
 * the dossier goes to a Tax office: the land user (prefilled from the applicant), the transferor, the parcel, the
 * assets on it, the transfer and its price, the exemptions claimed and the papers attached (prefilled from the
 * papers received). The server checks it again (src/domain/land-tax/slip.ts) and names any field it refuses.
 */
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
export function slipBody(v: SlipValues): unknown {
  const contractDate = isoDay(v.transfer?.contractDate);
  return {
    ...v,
    ...(v.transfer && withTransferor.has(v.transfer.kind) ? {} : { transferor: undefined }),
    transfer: { ...v.transfer, contractDate },
  };
}

const req = (message: string) => [{ required: true, whitespace: true, message }];

export function TaxSlipFields({ documents }: { documents: DossierDetail['documents'] }) {
  const kind = Form.useWatch(['taxSlip', 'transfer', 'kind']) as string | undefined;
  const at = (...path: (string | number)[]) => ['taxSlip', ...path];
  return (
    <div className="tax-slip-fields">
      <Form.Item name={at('slipNo')} label="Số phiếu" rules={req('Cần số phiếu.')}>
        <Input maxLength={50} />
      </Form.Item>
      <fieldset className="tax-slip-section">
        <legend>I. Người sử dụng đất</legend>
        <div className="intake-grid">
          <Form.Item
            name={at('landUser', 'name')}
            label="Họ tên người sử dụng đất"
            rules={req('Cần họ tên.')}
          >
            <Input maxLength={200} />
          </Form.Item>
          <Form.Item name={at('landUser', 'idNumber')} label="Số CCCD người sử dụng đất">
            <Input inputMode="numeric" maxLength={20} />
          </Form.Item>
          <Form.Item name={at('landUser', 'taxCode')} label="Mã số thuế (nếu có)">
            <Input inputMode="numeric" maxLength={14} />
          </Form.Item>
          <Form.Item name={at('landUser', 'phone')} label="Điện thoại người sử dụng đất">
            <Input inputMode="tel" maxLength={30} />
          </Form.Item>
        </div>
        <Form.Item
          name={at('landUser', 'address')}
          label="Địa chỉ nhận thông báo nộp tiền"
          rules={req('Cần địa chỉ nhận thông báo.')}
        >
          <Input maxLength={500} />
        </Form.Item>
      </fieldset>
      <fieldset className="tax-slip-section">
        <legend>II. Thửa đất</legend>
        <div className="intake-grid">
          <Form.Item name={at('parcel', 'parcelNo')} label="Thửa đất số" rules={req('Cần số thửa đất.')}>
            <Input maxLength={20} />
          </Form.Item>
          <Form.Item name={at('parcel', 'mapSheet')} label="Tờ bản đồ số" rules={req('Cần số tờ bản đồ.')}>
            <Input maxLength={20} />
          </Form.Item>
          <Form.Item
            name={at('parcel', 'area')}
            label="Diện tích (m²)"
            rules={[{ required: true, message: 'Cần diện tích.' }]}
          >
            <AreaInput />
          </Form.Item>
          <Form.Item
            name={at('parcel', 'term')}
            label="Thời hạn sử dụng"
            rules={req('Cần thời hạn sử dụng.')}
          >
            <AutoComplete options={terms} maxLength={100} />
          </Form.Item>
        </div>
        <Form.Item
          name={at('parcel', 'address')}
          label="Địa chỉ thửa đất"
          rules={req('Cần địa chỉ thửa đất.')}
        >
          <Input maxLength={500} />
        </Form.Item>
        <Form.Item
          name={at('parcel', 'purpose')}
          label="Mục đích sử dụng đất"
          rules={req('Cần mục đích sử dụng đất.')}
        >
          <AutoComplete options={purposes} maxLength={200} />
        </Form.Item>
        <Form.Item
          name={at('parcel', 'origin')}
          label="Nguồn gốc sử dụng đất"
          rules={req('Cần nguồn gốc sử dụng.')}
        >
          <Input maxLength={300} />
        </Form.Item>
        <Form.Item name={at('parcel', 'pricePosition')} label="Vị trí, khu vực theo bảng giá đất">
          <Input maxLength={200} />
        </Form.Item>
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
          <Form.Item name={at('transfer', 'contractNo')} label="Số hợp đồng, văn bản">
            <Input maxLength={100} />
          </Form.Item>
          <Form.Item name={at('transfer', 'contractDate')} label="Ngày hợp đồng">
            <DayInput />
          </Form.Item>
        </div>
        {kind && withTransferor.has(kind) && (
          <div className="intake-grid">
            <Form.Item
              name={at('transferor', 'name')}
              label="Họ tên bên chuyển quyền"
              rules={req('Cần họ tên bên chuyển quyền.')}
            >
              <Input maxLength={200} />
            </Form.Item>
            <Form.Item name={at('transferor', 'idNumber')} label="Số CCCD bên chuyển quyền">
              <Input inputMode="numeric" maxLength={20} />
            </Form.Item>
            <Form.Item name={at('transferor', 'address')} label="Địa chỉ bên chuyển quyền">
              <Input maxLength={500} />
            </Form.Item>
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
