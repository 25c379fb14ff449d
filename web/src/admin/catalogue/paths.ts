/** Addresses of the catalogue administration pages and of the public procedure page. */
const BASE = '/quan-tri/thu-tuc';
const enc = encodeURIComponent;

export const cataloguePaths = {
  list: BASE,
  create: `${BASE}/them`,
  import: `${BASE}/nhap`,
  edit: (code: string) => `${BASE}/${enc(code)}`,
  versions: (code: string) => `${BASE}/${enc(code)}/phien-ban`,
  version: (code: string, no: number) => `${BASE}/${enc(code)}/phien-ban/${no}`,
  /** The citizen portal's page of the procedure. */
  public: (code: string) => `/thu-tuc/${enc(code)}`,
};
