import { Input, Select, Space } from 'antd';
import { useCallback, useEffect, useRef, useState } from 'react';
import styles from './TableChart.module.css';

/** How long typing pauses before the server is asked, in milliseconds. */
const SEARCH_DELAY_MS = 400;

interface ServerSearchProps {
  columns: readonly { key: string; label: string }[];
  onSearch: (column: string, text: string) => void;
}

/**
 * The search of a server-paged table: a column to search in and the text, sent once typing
 * pauses or on Enter (the server filters the column with a case-insensitive "contains").
 */
export function ServerSearch({ columns, onSearch }: ServerSearchProps) {
  const [column, setColumn] = useState(columns[0]?.key);
  const [text, setText] = useState('');
  const sent = useRef({ column, text });
  const onSearchRef = useRef(onSearch);
  useEffect(() => {
    onSearchRef.current = onSearch;
  }, [onSearch]);

  const send = useCallback((nextColumn: string | undefined, nextText: string) => {
    if (!nextColumn) return;
    if (sent.current.column === nextColumn && sent.current.text === nextText) return;
    sent.current = { column: nextColumn, text: nextText };
    onSearchRef.current(nextColumn, nextText);
  }, []);
  useEffect(() => {
    const timer = window.setTimeout(() => send(column, text), SEARCH_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [column, text, send]);

  if (columns.length === 0) return null;
  return (
    <Space.Compact className={styles.search}>
      <Select
        aria-label="Search column"
        value={column}
        onChange={setColumn}
        options={columns.map((option) => ({ value: option.key, label: option.label }))}
        popupMatchSelectWidth={false}
      />
      <Input.Search
        aria-label="Search"
        placeholder="Search..."
        allowClear
        value={text}
        onChange={(event) => setText(event.target.value)}
        onSearch={(value) => send(column, value)}
      />
    </Space.Compact>
  );
}
