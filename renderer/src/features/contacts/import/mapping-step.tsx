// Step 3: what the file looks like (encoding, first rows) and which column feeds which field.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CONTACT_FIELDS, hasPhoneColumn } from '../../../../../common/crm';
import type { ContactField, HeaderMapping, ImportPreview } from '../../../../../common/crm';
import { DataTable, type Column } from '../../../ui-shared/data-table';

export function MappingStep({ preview, fileName, onStart, onBack, busy }: {
  preview: ImportPreview;
  fileName: string;
  onStart(mapping: HeaderMapping, listName: string): void;
  onBack(): void;
  busy: boolean;
}) {
  const { t } = useTranslation();
  const [mapping, setMapping] = useState<HeaderMapping>(preview.suggestedMapping);
  const [listName, setListName] = useState(() => fileName.replace(/\.[^.]+$/, '').slice(0, 200));
  const setField = (column: number, field: ContactField) => setMapping((m) => m.map((c) => (c.column === column ? { ...c, field } : c)));
  const canStart = hasPhoneColumn(mapping);
  // one column per file column: its header, and a choice of the contact field it feeds
  const columns: Column<ImportPreview['rows'][number]>[] = mapping.map((m) => ({
    key: m.column,
    header: (
      <>
        <span className="header-name">{m.header || t('import.columnN', { n: m.column + 1 })}</span>
        <label className="sr-only" htmlFor={`map-${m.column}`}>{t('import.mapLabel', { header: m.header || m.column + 1 })}</label>
        <select id={`map-${m.column}`} value={m.field} onChange={(e) => setField(m.column, e.target.value as ContactField)} data-testid={`map-${m.column}`}>
          {CONTACT_FIELDS.map((f) => (
            <option key={f} value={f}>{t(`import.field.${f}`)}</option>
          ))}
        </select>
      </>
    ),
    className: m.field === 'ignore' ? 'ignored' : undefined,
    cell: (row) => row[m.column] ?? '',
  }));

  return (
    <form
      className="wizard-step"
      onSubmit={(e) => {
        e.preventDefault();
        if (canStart) onStart(mapping, listName);
      }}
    >
      <p data-testid="import-encoding">{t('import.encoding', { encoding: t(`import.encodings.${preview.encoding}`) })}</p>
      <DataTable
        columns={columns}
        rows={preview.rows}
        rowKey={(_, r) => r}
        className="preview-table"
        testId="import-preview"
        caption={t('import.previewCaption')}
        captionHidden
        scroll="tall"
      />
      {!canStart && <p role="alert" className="error">{t('import.needPhone')}</p>}
      <label className="field">
        <span>{t('import.listName')}</span>
        <input value={listName} maxLength={200} onChange={(e) => setListName(e.target.value)} data-testid="import-list-name" />
        <span className="muted small">{t('import.listNameHint')}</span>
      </label>
      <div className="actions">
        <button type="button" onClick={onBack} disabled={busy}>{t('import.back')}</button>
        <button type="submit" className="primary" disabled={!canStart || busy} data-testid="import-start">{t('import.start')}</button>
      </div>
    </form>
  );
}
