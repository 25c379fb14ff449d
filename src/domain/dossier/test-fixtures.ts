/** A complete birth registration declaration (procedure 1.001193 of the demo catalogue), in the form's order. */
export const birthDeclaration = [
  { key: 'requesterName', value: 'Lê Thị Hoa' },
  { key: 'requesterIdNumber', value: '038195012345' },
  { key: 'requesterResidence', value: 'Thôn Đông, xã Đông Tiến' },
  { key: 'relation', value: 'Mẹ' },
  { key: 'childName', value: 'Lê Minh An' },
  { key: 'childSex', value: 'Nam' },
  { key: 'childBirthDate', value: '02/11/2026' },
  { key: 'birthPlace', value: 'Trạm Y tế xã Đông Tiến' },
  { key: 'childEthnicity', value: 'Kinh' },
  { key: 'childNationality', value: 'Việt Nam' },
  { key: 'motherName', value: 'Lê Thị Hoa' },
];
