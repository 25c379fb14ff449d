import type { Generated } from 'kysely';
import type { AlertLevel, AlertStep } from '../../domain/dossier/escalation.js';
import type { Timestamp } from './core.js';

export interface DossierAlertsTable {
  id: Generated<string>;
  dossier_id: string;
  due_at: Timestamp;
  level: AlertLevel;
  step: AlertStep;
  recipient_id: string;
  unit_id: string;
  created_at: Timestamp;
  read_at: Timestamp | null;
}

export interface DossierExtensionDraftsTable {
  id: Generated<string>;
  dossier_id: string;
  current_due: Timestamp;
  proposed_due: Timestamp;
  apology: string;
  status: Generated<'draft' | 'confirmed'>;
  created_at: Timestamp;
  confirmed_at: Timestamp | null;
  confirmed_by: string | null;
}

export interface AlertTables {
  dossier_alerts: DossierAlertsTable;
  dossier_extension_drafts: DossierExtensionDraftsTable;
}
