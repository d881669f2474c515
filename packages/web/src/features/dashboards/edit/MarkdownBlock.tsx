import { Input } from 'antd';
import { useState, type KeyboardEvent } from 'react';
import { SafeMarkdown } from '../view/SafeMarkdown';
import styles from './DashboardEditor.module.css';

/**
 * A markdown block, edited in place: it shows its preview; a click (or Enter) opens the text
 * beside a live preview, and leaving the text (or Escape) keeps the change as one undo step.
 */
export function MarkdownBlock({
  code,
  onChange,
}: {
  code: string;
  onChange: (code: string) => void;
}) {
  const [editing, setEditing] = useState<string | null>(null);
  const finish = (text: string) => {
    setEditing(null);
    if (text !== code) onChange(text);
  };

  if (editing === null) {
    const handleKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Enter') {
        event.preventDefault();
        setEditing(code);
      }
    };
    return (
      <div
        className={styles.markdownPreview}
        role="button"
        tabIndex={0}
        aria-label="Edit markdown"
        onClick={() => setEditing(code)}
        onKeyDown={handleKeyDown}
      >
        <SafeMarkdown source={code} />
      </div>
    );
  }
  return (
    <div className={styles.markdownEditing}>
      <Input.TextArea
        aria-label="Markdown text"
        autoFocus
        value={editing}
        className={styles.markdownText}
        onChange={(event) => setEditing(event.target.value)}
        onBlur={() => finish(editing)}
        onKeyDown={(event) => {
          if (event.key === 'Escape') finish(editing);
        }}
      />
      <div className={styles.markdownPreview} aria-label="Markdown preview">
        <SafeMarkdown source={editing} />
      </div>
    </div>
  );
}
