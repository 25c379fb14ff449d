/** A backup or restore that cannot be done as asked (the CLI prints the message, exit code 2). */
export class BackupRefused extends Error {}

export const CLIENT_HINT =
  'cài công cụ dòng lệnh của PostgreSQL cùng phiên bản chính với máy chủ hoặc mới hơn (Debian/Ubuntu: apt-get install postgresql-client)';
