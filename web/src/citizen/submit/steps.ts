/** The wizard's steps and their titles. */
export type Step = 'unit' | 'questions' | 'form' | 'papers' | 'review';
export const TITLES: Record<Step, string> = {
  unit: 'Chọn nơi nộp hồ sơ',
  questions: 'Trường hợp của bạn',
  form: 'Điền tờ khai',
  papers: 'Tải lên giấy tờ',
  review: 'Xem lại và nộp',
};
