/** A complete birth registration declaration (procedure 1.001193), in the template's order. */
export const birthDeclaration = [
  { key: 'childName', value: 'Lê Minh An' },
  { key: 'childBirthDate', value: '02/11/2026' },
  { key: 'childSex', value: 'Nam' },
  { key: 'childEthnicity', value: 'Kinh' },
  { key: 'childNationality', value: 'Việt Nam' },
  { key: 'birthPlace', value: 'Trạm Y tế xã Đông Tiến' },
  { key: 'motherName', value: 'Lê Thị Hoa' },
  { key: 'relation', value: 'Mẹ' },
];
