/** Shortcuts on the home page: what people ask for most at a commune centre. */
export const popularSearches = [
  'Khai sinh',
  'Kết hôn',
  'Khai tử',
  'Chứng thực bản sao',
  'Lý lịch tư pháp',
  'Hộ kinh doanh',
] as const;

/** Procedures shown as cards on the home page; the browser test checks each one exists in the demo catalogue. */
export const popularProcedures: readonly { code: string; name: string; field: string }[] = [
  { code: '1.001193', name: 'Đăng ký khai sinh', field: 'Hộ tịch' },
];
