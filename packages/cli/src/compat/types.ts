export type ChangeSeverity = 'breaking' | 'compatible';

export type ChangeKind =
  | 'document-removed'
  | 'document-added'
  | 'property-removed'
  | 'property-added'
  | 'property-renamed'
  | 'required-added'
  | 'required-removed'
  | 'type-narrowed'
  | 'type-widened'
  | 'enum-narrowed'
  | 'enum-widened'
  | 'range-narrowed'
  | 'range-widened'
  | 'pattern-changed'
  | 'pattern-removed'
  | 'format-changed'
  | 'format-removed'
  | 'multiple-of-changed'
  | 'multiple-of-removed'
  | 'unique-items-changed'
  | 'additional-properties-closed'
  | 'additional-properties-opened'
  | 'union-narrowed'
  | 'union-widened'
  | 'deprecated'
  | 'annotation'
  | 'unknown';

export interface SchemaChange {
  documentType: string;
  /** JSON Pointer into the document instance; `*` stands for any array index or map key, '' is the root. */
  pointer: string;
  kind: ChangeKind;
  severity: ChangeSeverity;
  /** English, one line. */
  message: string;
  before?: unknown;
  after?: unknown;
}

export interface DiffSummary {
  breaking: number;
  compatible: number;
  byDocumentType: Record<string, { breaking: number; compatible: number }>;
}

/** A change before it is placed at a pointer in a document type. */
export type Finding = Omit<SchemaChange, 'documentType' | 'pointer'>;
