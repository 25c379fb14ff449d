import type { ColumnType, Generated, JSONColumnType } from 'kysely';
import type { Timestamp } from './core.js';

export type PaymentChannel = 'online' | 'cash' | 'transfer' | 'card';

/** A line of what a dossier must pay. */
export interface PaymentItem {
  /** 'fee', or the kind of land obligation of the Tax notice. */
  kind: string;
  label: string;
  amount: number;
  /** The Tax notice's number, when the line comes from it. */
  noticeNo?: string;
  dueDate?: string;
}

/** Migration 0039. Amounts in đồng. */
export interface PaymentRequestsTable {
  id: Generated<string>;
  dossier_id: string;
  unit_id: string;
  items: JSONColumnType<PaymentItem[], string, string>;
  amount: number;
  status: Generated<'open' | 'paid' | 'cancelled'>;
  requested_at: Timestamp;
  requested_by: string | null;
  paid_at: Timestamp | null;
}

export interface PaymentOrdersTable {
  txn_ref: string;
  request_id: string;
  amount: number;
  created_at: Timestamp;
  status: Generated<'pending' | 'paid' | 'failed' | 'refused'>;
  response_code: string | null;
  gateway_txn_no: string | null;
  finished_at: Timestamp | null;
}

export interface PaymentReceiptCountersTable {
  unit_id: string;
  year: number;
  last: number;
}

export interface PaymentsTable {
  id: Generated<string>;
  request_id: string;
  dossier_id: string;
  unit_id: string;
  channel: PaymentChannel;
  amount: number;
  payer_name: string;
  txn_ref: string | null;
  gateway_txn_no: string | null;
  reference: string | null;
  receipt_no: string;
  recorded_by: string | null;
  paid_at: Timestamp;
}

export interface PaymentRefundsTable {
  id: Generated<string>;
  payment_id: string;
  amount: number;
  reason: string;
  refunded_by: string;
  refunded_at: Timestamp;
}

export interface PaymentAlertsTable {
  id: Generated<string>;
  unit_id: string;
  dossier_id: string | null;
  kind: 'wrong_amount' | 'reconciliation';
  txn_ref: string | null;
  detail: JSONColumnType<Record<string, unknown>, string, string>;
  created_at: Timestamp;
  read_at: Timestamp | null;
}

export interface PaymentReconciliationsTable {
  /** A PostgreSQL date: select it as text (`day::text`). */
  day: ColumnType<string, string, string>;
  ran_at: Timestamp;
  matched: number;
  mismatches: number;
}

export interface PaymentTables {
  payment_requests: PaymentRequestsTable;
  payment_orders: PaymentOrdersTable;
  payment_receipt_counters: PaymentReceiptCountersTable;
  payments: PaymentsTable;
  payment_refunds: PaymentRefundsTable;
  payment_alerts: PaymentAlertsTable;
  payment_reconciliations: PaymentReconciliationsTable;
}
