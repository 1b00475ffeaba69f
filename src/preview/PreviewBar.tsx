// The strip above the preview pane: says what this page is, and lets a developer put the fake
// Excel into cell-edit mode to see how the pane explains a busy Excel.
import { useState } from 'react';
import { Caption1, Switch, makeStyles, tokens } from '@fluentui/react-components';
import type { FakeWorkbook } from './fake-office';

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
  },
});

export function PreviewBar({ book, source }: { book: FakeWorkbook; source: string }) {
  const styles = useStyles();
  const [editing, setEditing] = useState(book.editMode);
  return (
    <div className={styles.bar} data-testid="preview-bar">
      <Caption1>{`Bản chạy thử — ${source}`}</Caption1>
      <Switch
        label="Giả lập Excel đang sửa ô"
        checked={editing}
        onChange={(_, d) => {
          book.editMode = d.checked;
          setEditing(d.checked);
        }}
      />
    </div>
  );
}
