/**
 * The checklist a specialist sends during a call: the documents to bring for the procedure (and the case, when
 * given), numbered and shortened so that the message with its link fits three SMS parts.
 */
import type { ProcedureRecord } from '../catalogue/record.js';
import { checklistGroups, countsInWords } from '../checklist/checklist.js';

const MAX_DOCUMENTS_CHARS = 220;

export function checklistDocuments(
  record: Pick<ProcedureRecord, 'cases' | 'documents'>,
  caseName?: string,
): string {
  const docs = checklistGroups(record, caseName).flatMap((g) => [...g.submit, ...g.present]);
  const parts: string[] = [];
  let length = 0;
  for (const [i, d] of docs.entries()) {
    const part = `${i + 1}) ${d.name.trim()} (${countsInWords(d)})`;
    if (length + part.length > MAX_DOCUMENTS_CHARS) {
      parts.push(`và ${docs.length - i} giấy tờ khác`);
      break;
    }
    parts.push(part);
    length += part.length + 2;
  }
  return parts.join('; ');
}
