import { closeCompletion } from '@codemirror/autocomplete';
import { sql, type SQLDialect, type SQLNamespace } from '@codemirror/lang-sql';
import type { SqlValidationAnnotation } from '@superset-ts/shared';
import CodeMirror, { EditorView, Prec, keymap, type Statistics } from '@uiw/react-codemirror';
import { useMemo, useRef } from 'react';
import { sqlValidationLinter } from './sql-validation';
import styles from './SqlLab.module.css';

/**
 * The SQL editor: CodeMirror with the database's dialect, completion of keywords and of the
 * schemas, tables and columns known so far, Ctrl+Enter / Cmd+Enter to run, and the
 * database validator's problems underlined as you type (when `validate` is given).
 */
export function SqlEditor({
  value,
  dialect,
  namespace,
  defaultSchema,
  onChange,
  onSelectionChange,
  onRun,
  validate,
}: {
  value: string;
  dialect: SQLDialect;
  namespace: SQLNamespace;
  defaultSchema: string | null;
  onChange: (sql: string) => void;
  /** The selected text, or '' when nothing is selected. */
  onSelectionChange: (selected: string) => void;
  onRun: () => void;
  /** Asks the database's validator about the script; null when there is nothing to ask. */
  validate: ((sql: string) => Promise<SqlValidationAnnotation[]>) | null;
}) {
  const onRunRef = useRef(onRun);
  onRunRef.current = onRun;
  const runKeys = useMemo(
    () =>
      Prec.highest(
        keymap.of([
          {
            key: 'Mod-Enter',
            preventDefault: true,
            run: (view) => {
              closeCompletion(view);
              onRunRef.current();
              return true;
            },
          },
        ]),
      ),
    [],
  );
  const language = useMemo(
    () =>
      sql({
        dialect,
        schema: namespace,
        upperCaseKeywords: true,
        ...(defaultSchema === null ? {} : { defaultSchema }),
      }),
    [dialect, namespace, defaultSchema],
  );
  const validation = useMemo(() => (validate ? [sqlValidationLinter(validate)] : []), [validate]);
  const extensions = useMemo(
    () => [
      runKeys,
      language,
      ...validation,
      EditorView.lineWrapping,
      EditorView.contentAttributes.of({ 'aria-label': 'SQL editor' }),
    ],
    [runKeys, language, validation],
  );

  const handleStatistics = (stats: Statistics) =>
    onSelectionChange(stats.selectedText ? stats.selectionCode : '');

  return (
    <div className={styles.editorFrame}>
      <CodeMirror
        value={value}
        height="100%"
        className={styles.codeMirror}
        extensions={extensions}
        onChange={onChange}
        onStatistics={handleStatistics}
        placeholder="SELECT ..."
        basicSetup={{ highlightActiveLine: true, foldGutter: false }}
      />
    </div>
  );
}
