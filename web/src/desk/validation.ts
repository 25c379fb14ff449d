/** Form rules of the desk, with the same rules as the server (src/domain/dossier/identity.ts, src/domain/contact/contact.ts). */
import { parseCccd } from '../../../src/domain/dossier/identity.js';
import { normalisePhone } from '../../../src/domain/contact/contact.js';

export const phoneMessage = 'Số điện thoại di động không hợp lệ (10 số, bắt đầu bằng 0).';
export const cccdMessage = 'Số căn cước công dân phải có 12 chữ số hợp lệ.';

/** An empty value passes (a `required` rule says so on its own). */
export const phoneRule = {
  validator: (_: unknown, v: string | undefined) =>
    !v || normalisePhone(v) ? Promise.resolve() : Promise.reject(new Error(phoneMessage)),
};

export const cccdRule = {
  validator: (_: unknown, v: string | undefined) =>
    !v || parseCccd(v) ? Promise.resolve() : Promise.reject(new Error(cccdMessage)),
};

export const taxCodeMessage = 'Mã số thuế gồm 10 số (chi nhánh: 10 số-3 số).';

/** The server's rule for an organisation's tax code (src/services/dossier/intake/details.ts). */
export const taxCodeRule = {
  validator: (_: unknown, v: string | undefined) =>
    !v || /^\d{10}(-\d{3})?$/.test(v.replace(/\s/g, ''))
      ? Promise.resolve()
      : Promise.reject(new Error(taxCodeMessage)),
};
