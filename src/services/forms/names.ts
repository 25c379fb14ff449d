/** The dossier's official forms by name: their numbers in TT 03/2025 and their Vietnamese titles. */
export const dossierForms = [
  'receipt',
  'supplement',
  'refusal',
  'apology',
  'stop',
  'control-slip',
  'declaration',
  'tax-slip',
] as const;
export type DossierForm = (typeof dossierForms)[number];

/** Names a form is also asked by: its number in TT 03/2025, and "extension" for the apology. */
export const formAliases: Readonly<Record<string, DossierForm>> = {
  '01': 'receipt',
  '02': 'supplement',
  '03': 'refusal',
  '04': 'apology',
  extension: 'apology',
  '05': 'stop',
  '06': 'control-slip',
};

/** The Vietnamese title of each form (the download's file name) and its ASCII stem. */
export const formTitles: Record<DossierForm, { title: string; stem: string }> = {
  receipt: { title: 'Giấy tiếp nhận hồ sơ và hẹn trả kết quả', stem: 'giay-tiep-nhan-ho-so' },
  supplement: { title: 'Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ', stem: 'phieu-yeu-cau-bo-sung' },
  refusal: { title: 'Phiếu từ chối tiếp nhận giải quyết hồ sơ', stem: 'phieu-tu-choi' },
  apology: { title: 'Văn bản xin lỗi và đề nghị gia hạn', stem: 'van-ban-xin-loi-gia-han' },
  stop: { title: 'Thông báo dừng giải quyết hồ sơ', stem: 'thong-bao-dung-giai-quyet' },
  'control-slip': { title: 'Phiếu kiểm soát quá trình giải quyết hồ sơ', stem: 'phieu-kiem-soat' },
  declaration: { title: 'Tờ khai (bản đọc lại)', stem: 'to-khai-doc-lai' },
  'tax-slip': {
    title: 'Phiếu chuyển thông tin để xác định nghĩa vụ tài chính về đất đai',
    stem: 'phieu-chuyen-thong-tin-thue',
  },
};
