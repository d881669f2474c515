import { EditOutlined } from '@ant-design/icons';
import { Button, Input, Tooltip, Typography } from 'antd';
import { useState, type KeyboardEvent } from 'react';
import styles from '../ExplorePage.module.css';

/**
 * The chart's title, renamed in place when the user may: the pencil (or a click on the title)
 * opens a field; Enter or leaving it keeps the new title, Escape drops it. An empty title
 * keeps the old one.
 */
export function ChartTitle({
  title,
  canEdit,
  onChange,
}: {
  title: string;
  canEdit: boolean;
  onChange: (title: string) => void;
}) {
  const [draft, setDraft] = useState<string | null>(null);

  const finish = () => {
    const trimmed = (draft ?? '').trim();
    setDraft(null);
    if (trimmed && trimmed !== title) onChange(trimmed);
  };
  const handleKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Escape') setDraft(null);
  };

  if (draft !== null) {
    return (
      <Input
        autoFocus
        aria-label="Chart title"
        className={styles.titleInput}
        value={draft}
        maxLength={250}
        onChange={(event) => setDraft(event.target.value)}
        onPressEnter={finish}
        onBlur={finish}
        onKeyDown={handleKeyDown}
      />
    );
  }
  return (
    <>
      <Typography.Title
        level={4}
        className={styles.title}
        aria-label="Chart title"
        onClick={canEdit ? () => setDraft(title) : undefined}
      >
        {title}
      </Typography.Title>
      {canEdit && (
        <Tooltip title="Edit the chart title">
          <Button
            type="text"
            size="small"
            icon={<EditOutlined aria-hidden />}
            aria-label="Edit the chart title"
            onClick={() => setDraft(title)}
          />
        </Tooltip>
      )}
    </>
  );
}
