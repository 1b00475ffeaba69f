// The strip above the preview pane: says which workbook is open, opens any .xlsx into the
// in-memory Excel ("Mở tệp Excel"), and lets a developer put the fake Excel into cell-edit mode
// to see how the pane explains a busy Excel.
import { useState, type ChangeEvent } from 'react';
import { Caption1, Switch, makeStyles, tokens } from '@fluentui/react-components';
import { vi as t } from '../core/i18n/pane';
import type { FakeWorkbook } from './fake-office';

export interface PreviewBarProps {
  book: FakeWorkbook;
  source: string;
  /** The last open's outcome (opened, or why not). */
  status: string | null;
  onOpen: (file: File) => void;
}

const useStyles = makeStyles({
  bar: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM}`,
    backgroundColor: tokens.colorNeutralBackground3,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    maxWidth: '420px',
    boxSizing: 'border-box',
  },
  file: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, fontSize: tokens.fontSizeBase200, minWidth: 0 },
  input: { maxWidth: '100%', fontSize: tokens.fontSizeBase200 },
});

export function PreviewBar({ book, source, status, onOpen }: PreviewBarProps) {
  const styles = useStyles();
  const [editing, setEditing] = useState(book.editMode);
  const open = (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.currentTarget.files?.[0];
    if (file) onOpen(file);
  };
  return (
    <div className={styles.bar} data-testid="preview-bar">
      <Caption1 data-testid="preview-source">{t.preview.title(source)}</Caption1>
      <label className={styles.file}>
        {t.preview.openFile}
        <input className={styles.input} type="file" accept=".xlsx" onChange={open} data-testid="open-file" />
      </label>
      {status && <Caption1 role="status" data-testid="preview-status">{status}</Caption1>}
      <Switch
        label={t.preview.editMode}
        checked={editing}
        onChange={(_, d) => {
          book.editMode = d.checked;
          setEditing(d.checked);
        }}
      />
    </div>
  );
}
