import type { ColumnType, Generated, JSONColumnType } from 'kysely';
import type { Timestamp } from './core.js';
import type { AttachmentType } from '../../domain/dossier/attachments.js';

/** One stored content, the file DATA_DIR/files/ab/cd/<sha256> (migration 0032). */
export interface StoredFilesTable {
  sha256: string;
  content_type: AttachmentType;
  size: number;
  created_at: Generated<Date>;
}

/** A citizen's submission in preparation; `phone` is the signed-in citizen's (+84…). */
export interface CitizenDraftsTable {
  id: Generated<string>;
  phone: string;
  procedure_code: string;
  procedure_name: string;
  unit_agency_id: string | null;
  answers: JSONColumnType<Record<string, string>, string | undefined, string>;
  form: JSONColumnType<{ key: string; value: string }[], string | undefined, string>;
  applicant: JSONColumnType<DraftApplicant, string | undefined, string>;
  dossier_code: string | null;
  submitted_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface DraftApplicant {
  name?: string;
  idNumber?: string;
  address?: string;
  email?: string;
}

export interface CitizenDraftFilesTable {
  id: Generated<string>;
  draft_id: string;
  position: number;
  file_name: string;
  sha256: string;
  content_type: AttachmentType;
  size: number;
  reused_from: string | null;
  created_at: Timestamp;
}

export interface CitizenSupplementsSentTable {
  dossier_id: string;
  sent_at: Timestamp;
  files: number;
}

export interface CitizenSubmissionTables {
  stored_files: StoredFilesTable;
  citizen_drafts: CitizenDraftsTable;
  citizen_draft_files: CitizenDraftFilesTable;
  citizen_supplements_sent: CitizenSupplementsSentTable;
}
