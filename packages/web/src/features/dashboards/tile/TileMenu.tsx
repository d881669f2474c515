import {
  CodeOutlined,
  DownloadOutlined,
  EllipsisOutlined,
  FileExcelOutlined,
  FileTextOutlined,
  FullscreenOutlined,
  ReloadOutlined,
  TableOutlined,
} from '@ant-design/icons';
import { Button, Dropdown, type MenuProps } from 'antd';

/** An action of a tile's menu. */
export type TileAction = 'refresh' | 'view-query' | 'view-results' | 'csv' | 'xlsx' | 'explore';

interface TileMenuProps {
  title: string;
  /** "Computed 3 minutes ago", once the data is there. */
  freshness: string | null;
  hasQuery: boolean;
  hasResults: boolean;
  canDownloadData: boolean;
  canExplore: boolean;
  onAction: (action: TileAction) => void;
}

/** The "..." menu of a chart tile: refresh, query and results, downloads, Explore. */
export function TileMenu({
  title,
  freshness,
  hasQuery,
  hasResults,
  canDownloadData,
  canExplore,
  onAction,
}: TileMenuProps) {
  const items: MenuProps['items'] = [
    ...(freshness
      ? [{ key: 'freshness', label: freshness, disabled: true }, { type: 'divider' as const }]
      : []),
    {
      key: 'refresh',
      label: 'Force refresh',
      icon: <ReloadOutlined aria-hidden />,
      disabled: !hasQuery,
    },
    {
      key: 'explore',
      label: 'Open in Explore',
      icon: <FullscreenOutlined aria-hidden />,
      disabled: !canExplore,
    },
    { type: 'divider' },
    {
      key: 'view-query',
      label: 'View query',
      icon: <CodeOutlined aria-hidden />,
      disabled: !hasQuery,
    },
    {
      key: 'view-results',
      label: 'View as table',
      icon: <TableOutlined aria-hidden />,
      disabled: !hasResults,
    },
    {
      key: 'download',
      label: 'Download',
      icon: <DownloadOutlined aria-hidden />,
      disabled: !canDownloadData || !hasQuery,
      children: [
        { key: 'csv', label: 'Export to .CSV', icon: <FileTextOutlined aria-hidden /> },
        { key: 'xlsx', label: 'Export to Excel', icon: <FileExcelOutlined aria-hidden /> },
      ],
    },
  ];
  const handleClick: MenuProps['onClick'] = ({ key }) => onAction(key as TileAction);
  return (
    <Dropdown menu={{ items, onClick: handleClick }} trigger={['click']} placement="bottomRight">
      <Button
        type="text"
        size="small"
        icon={<EllipsisOutlined aria-hidden />}
        aria-label={`More actions of ${title}`}
      />
    </Dropdown>
  );
}
