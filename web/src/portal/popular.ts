/** Shortcuts on the home page: what people ask for most at a commune centre. */
export const popularSearches = [
  'Khai sinh',
  'Kết hôn',
  'Chứng thực bản sao',
  'Tình trạng hôn nhân',
  'Đất đai',
  'Hộ kinh doanh',
  'Giấy phép xây dựng',
] as const;

/**
 * Procedures shown as cards on the home page. The browser test checks that each one exists in the demo catalogue
 * under this name; a deployment with another catalogue edits this list.
 */
export const popularProcedures: readonly { code: string; name: string; field: string }[] = [
  { code: '1.001193', name: 'Đăng ký khai sinh', field: 'Hộ tịch' },
  { code: '1.000894', name: 'Đăng ký kết hôn', field: 'Hộ tịch' },
  { code: '1.004873', name: 'Cấp Giấy xác nhận tình trạng hôn nhân', field: 'Hộ tịch' },
  { code: '2.000815', name: 'Chứng thực bản sao từ bản chính', field: 'Chứng thực' },
  {
    code: '1.013978',
    name: 'Đăng ký đất đai, cấp Giấy chứng nhận quyền sử dụng đất lần đầu cho hộ gia đình, cá nhân',
    field: 'Đất đai',
  },
  { code: '1.001612', name: 'Đăng ký thành lập hộ kinh doanh', field: 'Hộ kinh doanh' },
];
