/** The citizen's online submission in tests: a file store of its own, multipart uploads, a draft made ready. */
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { expect } from 'vitest';
import type { TestApp } from '../../../test/app.js';
import type { Draft } from '../../contracts/citizen-submission.js';

export const BIRTH = '1.001193';
export const UNIT = 'H56.10.01';

/** A fresh DATA_DIR for the test file (the file store writes under DATA_DIR/files). */
export const dataDir = () => mkdtempSync(path.join(tmpdir(), 'motcua-submit-'));

/** Every file under DATA_DIR/files (the temporary folder included), as paths relative to it. */
export function storedFiles(dir: string): string[] {
  const root = path.join(dir, 'files');
  try {
    return readdirSync(root, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => path.relative(root, path.join(e.parentPath, e.name)));
  } catch {
    return [];
  }
}

/** A small valid-looking PDF / PNG with random bytes after the signature (distinct content each call). */
export const pdf = (size = 2000) => Buffer.concat([Buffer.from('%PDF-1.7\n'), randomBytes(size)]);
export const png = (size = 2000) =>
  Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), randomBytes(size)]);
/** A Windows program, named by the caller as a PDF. */
export const exe = () => Buffer.concat([Buffer.from('MZ\x90\x00\x03\x00'), randomBytes(1000)]);

/** A multipart/form-data body with one part `file`. */
export function multipart(fileName: string, data: Buffer, type = 'application/pdf') {
  const boundary = `----motcua${randomBytes(8).toString('hex')}`;
  const head =
    `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\n` +
    `Content-Type: ${type}\r\n\r\n`;
  return {
    payload: Buffer.concat([Buffer.from(head), data, Buffer.from(`\r\n--${boundary}--\r\n`)]),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}

export type Headers = Record<string, string>;

export function upload(t: TestApp, url: string, headers: Headers, fileName: string, data: Buffer) {
  const body = multipart(fileName, data);
  return t.app.inject({
    method: 'POST',
    url,
    headers: { ...headers, ...body.headers },
    payload: body.payload,
  });
}

export function send(
  t: TestApp,
  method: 'POST' | 'PUT' | 'DELETE',
  url: string,
  headers: Headers,
  payload?: unknown,
) {
  return t.app.inject({
    method,
    url,
    headers,
    ...(payload === undefined ? {} : { payload: payload as object }),
  });
}

/** The birth registration's form, filled in. */
export const birthForm = [
  { key: 'childName', value: 'Nguyễn Minh An' },
  { key: 'childBirthDate', value: '01/11/2026' },
  { key: 'childSex', value: 'Nam' },
  { key: 'childEthnicity', value: 'Kinh' },
  { key: 'childNationality', value: 'Việt Nam' },
  { key: 'birthPlace', value: 'Trạm y tế xã Đông Tiến' },
  { key: 'motherName', value: 'Lê Thị Hoa' },
  { key: 'relation', value: 'Mẹ' },
];

/** A birth-registration draft at Đông Tiến with answers, form and applicant saved (no files yet). */
export async function readyDraft(t: TestApp, headers: Headers): Promise<Draft> {
  const made = await send(t, 'POST', '/api/citizen/drafts', headers, { procedureCode: BIRTH, unit: UNIT });
  expect(made.statusCode, made.body).toBe(201);
  const id = made.json<Draft>().id;
  const saved = await send(t, 'PUT', `/api/citizen/drafts/${id}`, headers, {
    answers: { uy_quyen: 'no', tre_bo_roi: 'no', mang_thai_ho: 'no', sinh_ngoai_co_so_y_te: 'no' },
    form: birthForm,
    applicant: { name: 'Lê Thị Hoa', idNumber: '038195012345', address: 'thôn Thượng, xã Đông Tiến' },
  });
  expect(saved.statusCode, saved.body).toBe(200);
  return saved.json<Draft>();
}
