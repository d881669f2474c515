import { sql } from '@codemirror/lang-sql';
import CodeMirror, { EditorView } from '@uiw/react-codemirror';
import { useMemo } from 'react';
import { dialectOf } from '../../sqllab/sqllab-databases';
import styles from './DatasourceModal.module.css';

/** The SQL of a virtual dataset in CodeMirror, with the database's dialect, as SQL Lab edits it. */
export function DatasetSqlEditor({
  value,
  backend,
  isReadOnly,
  onChange,
}: {
  value: string;
  backend: string;
  isReadOnly: boolean;
  onChange: (sql: string) => void;
}) {
  const extensions = useMemo(
    () => [
      sql({ dialect: dialectOf(backend), upperCaseKeywords: true }),
      EditorView.lineWrapping,
      EditorView.contentAttributes.of({ 'aria-label': 'Dataset SQL' }),
    ],
    [backend],
  );
  return (
    <div className={styles.sqlFrame}>
      <CodeMirror
        value={value}
        height="220px"
        extensions={extensions}
        editable={!isReadOnly}
        readOnly={isReadOnly}
        basicSetup={{ highlightActiveLine: !isReadOnly, foldGutter: false }}
        onChange={onChange}
      />
    </div>
  );
}
