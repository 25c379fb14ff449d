import type { Generated } from 'kysely';
import type { Timestamp } from './core.js';
import type { AttachmentType } from '../../domain/dossier/attachments.js';

export interface DossierAttachmentsTable {
  id: Generated<string>;
  dossier_id: string;
  position: number | null;
  file_name: string;
  content_type: AttachmentType;
  size: number;
  sha256: string;
  /** The content, or null when it is on disk by its sha256 (`on_disk`, migration 0032). */
  data: Buffer | null;
  on_disk: Generated<boolean>;
  /** The staff member who attached it, or null when the applicant did (`uploaded_by_person`). */
  uploaded_by: string | null;
  uploaded_by_person: string | null;
  uploaded_by_name: string;
  created_at: Timestamp;
}

export interface AttachmentTables {
  dossier_attachments: DossierAttachmentsTable;
}
