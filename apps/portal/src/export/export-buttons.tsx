import { Alert, Button, HStack } from '@navikt/ds-react';
import { useState } from 'react';
import { saveFile } from '../app/save-file.js';
import { useT } from '../i18n/use-text.js';
import { toCsv } from './csv.js';
import type { ExportTable } from './table.js';
import { toXlsx } from './xlsx.js';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** «Last ned som Excel» for a list as it is shown: exceljs is loaded on first use. */
export function XlsxButton({ table, describedBy }: { table: () => ExportTable; describedBy?: string }) {
  const t = useT();
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);
  const excel = async () => {
    setBusy(true);
    setFailed(false);
    try {
      const current = table();
      saveFile(new Blob([await toXlsx(current)], { type: XLSX_TYPE }), `${current.name}.xlsx`);
    } catch {
      // The spreadsheet library is loaded on first use; without a connection it cannot be.
      setFailed(true);
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <Button variant="secondary" size="small" loading={busy} onClick={excel} aria-describedby={describedBy}>
        {t('exportXlsx')}
      </Button>
      <div role="status">
        {failed ? (
          <Alert variant="error" size="small" inline>
            {t('exportFailed')}
          </Alert>
        ) : null}
      </div>
    </>
  );
}

/** «Last ned som Excel» and «… som CSV» for the list on screen, as it is filtered and sorted. */
export function ExportButtons({
  table,
  describedBy,
}: {
  table: () => ExportTable;
  /** Where a page has several lists: the id of the heading of the one these buttons export. */
  describedBy?: string;
}) {
  const t = useT();
  const csv = () => {
    const current = table();
    saveFile(new Blob([toCsv(current)], { type: 'text/csv;charset=utf-8' }), `${current.name}.csv`);
  };
  return (
    <HStack gap="space-8" align="center" className="no-print">
      <XlsxButton table={table} {...(describedBy ? { describedBy } : {})} />
      <Button variant="secondary" size="small" onClick={csv} aria-describedby={describedBy}>
        {t('exportCsv')}
      </Button>
    </HStack>
  );
}
