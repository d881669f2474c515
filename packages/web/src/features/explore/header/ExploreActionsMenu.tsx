import {
  CodeOutlined,
  DownloadOutlined,
  EditOutlined,
  EllipsisOutlined,
  FileExcelOutlined,
  FileImageOutlined,
  FileTextOutlined,
  LinkOutlined,
  ShareAltOutlined,
} from '@ant-design/icons';
import { Button, Dropdown, message, type MenuProps } from 'antd';
import type { RefObject } from 'react';
import type { QueryContextRequest } from '../../../visualizations';
import type { ChartFormData } from '../../../visualizations';
import { copyPermalink, downloadChartFile, downloadChartImage } from './chart-exports';

type MenuKey = 'edit' | 'csv' | 'xlsx' | 'image' | 'permalink' | 'view-query';

const failureText = (error: unknown) =>
  error instanceof Error ? error.message : 'Something went wrong.';

/**
 * The header's "..." menu: edit the saved chart's properties, download its data (CSV, Excel)
 * or picture, copy a permalink of the current state, and view the chart's query.
 */
export function ExploreActionsMenu({
  title,
  formData,
  context,
  chartElementRef,
  canEditProperties,
  canDownloadData,
  onEditProperties,
  onViewQuery,
}: {
  title: string;
  formData: ChartFormData;
  /** The query context downloads use (the last run's); null when none can be built. */
  context: QueryContextRequest | null;
  chartElementRef: RefObject<HTMLElement | null>;
  canEditProperties: boolean;
  canDownloadData: boolean;
  onEditProperties: () => void;
  onViewQuery: () => void;
}) {
  const [toast, toastHolder] = message.useMessage();

  const run = async (key: MenuKey) => {
    switch (key) {
      case 'edit':
        onEditProperties();
        return;
      case 'view-query':
        onViewQuery();
        return;
      case 'csv':
      case 'xlsx':
        if (context) await downloadChartFile(context, key, title);
        return;
      case 'image': {
        const element = chartElementRef.current;
        if (element) await downloadChartImage(element, title);
        return;
      }
      case 'permalink': {
        const link = await copyPermalink(formData);
        if (link.isCopied) void toast.success('Permalink copied to the clipboard');
        else void toast.info({ content: `Permalink: ${link.url}`, duration: 15 });
        return;
      }
    }
  };

  const handleClick: MenuProps['onClick'] = ({ key }) => {
    run(key as MenuKey).catch((error: unknown) => {
      void toast.error(failureText(error));
    });
  };

  const noData = !context;
  const items: MenuProps['items'] = [
    {
      key: 'edit',
      label: 'Edit chart properties',
      icon: <EditOutlined aria-hidden />,
      disabled: !canEditProperties,
    },
    {
      key: 'download',
      label: 'Download',
      icon: <DownloadOutlined aria-hidden />,
      children: [
        {
          key: 'csv',
          label: 'Export to .CSV',
          icon: <FileTextOutlined aria-hidden />,
          disabled: !canDownloadData || noData,
        },
        {
          key: 'xlsx',
          label: 'Export to Excel',
          icon: <FileExcelOutlined aria-hidden />,
          disabled: !canDownloadData || noData,
        },
        { key: 'image', label: 'Download as image', icon: <FileImageOutlined aria-hidden /> },
      ],
    },
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
    { type: 'divider' },
    { key: 'view-query', label: 'View query', icon: <CodeOutlined aria-hidden /> },
  ];

  return (
    <>
      {toastHolder}
      <Dropdown menu={{ items, onClick: handleClick }} trigger={['click']} placement="bottomRight">
        <Button icon={<EllipsisOutlined aria-hidden />} aria-label="More actions" />
      </Dropdown>
    </>
  );
}
