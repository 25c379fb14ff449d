/** An appointment's statuses as people read them (the manage page, "Hồ sơ của tôi"). */
export const appointmentStatusLabels = {
  booked: 'Đã đặt lịch',
  cancelled: 'Đã hủy',
  arrived: 'Đã đến làm thủ tục',
} as const;
export type AppointmentStatus = keyof typeof appointmentStatusLabels;
