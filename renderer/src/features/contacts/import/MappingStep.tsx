// Step 3: what the file looks like (encoding, first rows) and which column feeds which field.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CONTACT_FIELDS, hasPhoneColumn } from '../../../../../common/crm';
import type { ContactField, HeaderMapping, ImportPreview } from '../../../../../common/crm';

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

  return (
    <form
      className="wizard-step"
      onSubmit={(e) => {
        e.preventDefault();
        if (canStart) onStart(mapping, listName);
      }}
    >
      <p data-testid="import-encoding">{t('import.encoding', { encoding: t(`import.encodings.${preview.encoding}`) })}</p>
      <div className="table-scroll">
        <table className="data-table preview-table" data-testid="import-preview">
          <caption className="sr-only">{t('import.previewCaption')}</caption>
          <thead>
            <tr>
              {mapping.map((m) => (
                <th key={m.column} scope="col">
                  <span className="header-name">{m.header || t('import.columnN', { n: m.column + 1 })}</span>
                  <label className="sr-only" htmlFor={`map-${m.column}`}>{t('import.mapLabel', { header: m.header || m.column + 1 })}</label>
                  <select id={`map-${m.column}`} value={m.field} onChange={(e) => setField(m.column, e.target.value as ContactField)} data-testid={`map-${m.column}`}>
                    {CONTACT_FIELDS.map((f) => (
                      <option key={f} value={f}>{t(`import.field.${f}`)}</option>
                    ))}
                  </select>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {preview.rows.map((row, r) => (
              <tr key={r}>
                {mapping.map((m) => (
                  <td key={m.column} className={m.field === 'ignore' ? 'ignored' : undefined}>{row[m.column] ?? ''}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
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
