import {
  DownloadOutlined,
  EllipsisOutlined,
  FileImageOutlined,
  FilePdfOutlined,
  FullscreenExitOutlined,
  FullscreenOutlined,
  HistoryOutlined,
  LinkOutlined,
  ReloadOutlined,
  ShareAltOutlined,
} from '@ant-design/icons';
import { Button, Dropdown, type MenuProps } from 'antd';
import { REFRESH_INTERVALS } from './refresh-intervals';

/** What the dashboard's "..." menu does. */
export interface DashboardActions {
  onRefresh: () => void;
  /** The auto-refresh interval in seconds (0: off). */
  refreshSeconds: number;
  onRefreshIntervalChange: (seconds: number) => void;
  isFullscreen: boolean;
  onToggleFullscreen: () => void;
  onCopyPermalink: () => void;
  onDownload: (kind: 'image' | 'pdf') => void;
}

const INTERVAL_PREFIX = 'interval:';

/** The dashboard's "..." menu: refresh, auto-refresh interval, fullscreen, share, download. */
export function DashboardActionsMenu(actions: DashboardActions) {
  const items: MenuProps['items'] = [
    { key: 'refresh', label: 'Refresh dashboard', icon: <ReloadOutlined aria-hidden /> },
    {
      key: 'auto-refresh',
      label: 'Set auto-refresh interval',
      icon: <HistoryOutlined aria-hidden />,
      children: REFRESH_INTERVALS.map((interval) => ({
        key: `${INTERVAL_PREFIX}${interval.seconds}`,
        label: interval.seconds === actions.refreshSeconds ? `${interval.label} ✓` : interval.label,
      })),
    },
    {
      key: 'fullscreen',
      label: actions.isFullscreen ? 'Exit fullscreen' : 'Enter fullscreen',
      icon: actions.isFullscreen ? (
        <FullscreenExitOutlined aria-hidden />
      ) : (
        <FullscreenOutlined aria-hidden />
      ),
    },
    { type: 'divider' },
    {
      key: 'share',
      label: 'Share',
      icon: <ShareAltOutlined aria-hidden />,
      children: [
        {
          key: 'permalink',
          label: 'Copy permalink to clipboard',
          icon: <LinkOutlined aria-hidden />,
        },
      ],
    },
    {
      key: 'download',
      label: 'Download',
      icon: <DownloadOutlined aria-hidden />,
      children: [
        { key: 'image', label: 'Download as image', icon: <FileImageOutlined aria-hidden /> },
        { key: 'pdf', label: 'Export to PDF', icon: <FilePdfOutlined aria-hidden /> },
      ],
    },
  ];
  const handleClick: MenuProps['onClick'] = ({ key }) => {
    if (key.startsWith(INTERVAL_PREFIX)) {
      actions.onRefreshIntervalChange(Number(key.slice(INTERVAL_PREFIX.length)));
    } else if (key === 'refresh') actions.onRefresh();
    else if (key === 'fullscreen') actions.onToggleFullscreen();
    else if (key === 'permalink') actions.onCopyPermalink();
    else if (key === 'image' || key === 'pdf') actions.onDownload(key);
  };
  return (
    <Dropdown menu={{ items, onClick: handleClick }} trigger={['click']} placement="bottomRight">
      <Button icon={<EllipsisOutlined aria-hidden />} aria-label="Dashboard actions" />
    </Dropdown>
  );
}
