import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkTaxSlip } from './slip.js';
import { sampleSlip } from './test-fixtures.js';

const TODAY = '2026-12-07';
const fields = (input: unknown) => {
  const r = checkTaxSlip(input, TODAY);
  return r.ok ? [] : r.issues.map((i) => i.field).sort();
};

describe('checkTaxSlip', () => {
  it('accepts a complete slip and stores it normalised', () => {
    const input = {
      ...sampleSlip(),
      landUser: { ...sampleSlip().landUser, name: '  Nguyễn  Văn Thành ', phone: '0912 345 678' },
    };
    const r = checkTaxSlip(input, TODAY);
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.slip.landUser).toMatchObject({ name: 'Nguyễn Văn Thành', phone: '+84912345678' });
      expect(r.slip).toEqual({
        ...sampleSlip(),
        landUser: { ...sampleSlip().landUser, phone: '+84912345678' },
      });
    }
  });

  it('names every missing or wrong field at once, in Vietnamese', () => {
    const r = checkTaxSlip({}, TODAY);
    expect(r.ok).toBe(false);
    expect(fields({})).toEqual(
      [
        'taxSlip.attachments',
        'taxSlip.landUser.address',
        'taxSlip.landUser.name',
        'taxSlip.parcel.address',
        'taxSlip.parcel.area',
        'taxSlip.parcel.mapSheet',
        'taxSlip.parcel.origin',
        'taxSlip.parcel.parcelNo',
        'taxSlip.parcel.purpose',
        'taxSlip.parcel.term',
        'taxSlip.slipNo',
        'taxSlip.transfer.kind',
      ].sort(),
    );
    if (!r.ok)
      expect(
        r.issues.every((i) =>
          /[àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ]/i.test(i.message),
        ),
      ).toBe(true);
  });

  it('needs the price and the transferor for a transfer, not for a first certificate', () => {
    const s = sampleSlip();
    expect(fields({ ...s, transfer: { kind: 'transfer' }, transferor: undefined })).toEqual([
      'taxSlip.transfer.price',
      'taxSlip.transferor.name',
    ]);
    expect(fields({ ...s, transfer: { kind: 'first_certificate' }, transferor: undefined })).toEqual([]);
  });

  it('refuses a contract dated after today, an area with three decimals, a bad ID and tax code', () => {
    const s = sampleSlip();
    expect(
      fields({
        ...s,
        parcel: { ...s.parcel, area: 10.125 },
        transfer: { ...s.transfer, contractDate: '2026-12-08' },
        landUser: { ...s.landUser, idNumber: '0380900012', taxCode: '12345' },
      }),
    ).toEqual([
      'taxSlip.landUser.idNumber',
      'taxSlip.landUser.taxCode',
      'taxSlip.parcel.area',
      'taxSlip.transfer.contractDate',
    ]);
    expect(fields({ ...s, transfer: { ...s.transfer, contractDate: '2026-02-30' } })).toEqual([
      'taxSlip.transfer.contractDate',
    ]);
  });

  it('claims each exemption once, with a reason', () => {
    const s = sampleSlip();
    const ex = { obligation: 'registration_fee', reason: 'Tặng cho giữa cha mẹ và con' };
    expect(fields({ ...s, exemptions: [ex] })).toEqual([]);
    expect(fields({ ...s, exemptions: [ex, ex] })).toEqual(['taxSlip.exemptions']);
    expect(fields({ ...s, exemptions: [{ obligation: 'registration_fee' }] })).toEqual([
      'taxSlip.exemptions[0].reason',
    ]);
  });

  it('accepts any positive area of at most two decimals and any whole price (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10_000_000 }),
        fc.integer({ min: 0, max: 1_000_000_000_000 }),
        (centiArea, price) => {
          const s = sampleSlip();
          const r = checkTaxSlip(
            { ...s, parcel: { ...s.parcel, area: centiArea / 100 }, transfer: { ...s.transfer, price } },
            TODAY,
          );
          return r.ok && r.slip.parcel.area === centiArea / 100 && r.slip.transfer.price === price;
        },
      ),
    );
  });
});
