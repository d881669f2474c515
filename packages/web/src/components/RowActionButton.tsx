import { Button, Tooltip } from 'antd';
import type { ReactNode } from 'react';

/**
 * One icon button of a list row's Actions column: `title` is its tooltip, `label` its
 * accessible name (naming the row); it follows `href` or calls `onClick`.
 */
export function RowActionButton({
  title,
  label,
  icon,
  isDanger = false,
  href,
  onClick,
}: {
  title: string;
  label: string;
  icon: ReactNode;
  isDanger?: boolean;
  href?: string;
  onClick?: () => void;
}) {
  return (
    <Tooltip title={title}>
      <Button
        type="text"
        size="small"
        danger={isDanger}
        icon={icon}
        aria-label={label}
        href={href}
        onClick={onClick}
      />
    </Tooltip>
  );
}
