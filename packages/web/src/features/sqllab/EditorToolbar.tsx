import {
  CalendarOutlined,
  CaretRightOutlined,
  CodeOutlined,
  DollarOutlined,
  DownOutlined,
  FormatPainterOutlined,
  SaveOutlined,
  StopOutlined,
} from '@ant-design/icons';
import { Badge, Button, Dropdown, Space, Tooltip } from 'antd';
import { QUERY_LIMIT_OPTIONS } from './sqllab-databases';
import styles from './SqlLab.module.css';

const IS_MAC = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);
const RUN_SHORTCUT = IS_MAC ? '⌘ + Enter' : 'Ctrl + Enter';

/** Numbers as the limit dropdown shows them (1,000). */
export function formatLimit(limit: number): string {
  return limit.toLocaleString('en-US');
}

/** What the toolbar's buttons do; each is offered only when it can work. */
export interface EditorToolbarProps {
  isRunning: boolean;
  canRun: boolean;
  hasSelection: boolean;
  queryLimit: number;
  templateParamCount: number;
  isFormatting: boolean;
  canEstimate: boolean;
  isEstimating: boolean;
  isSaved: boolean;
  /** SCHEDULED_QUERIES is configured: offer "Schedule query" (for saved queries). */
  canSchedule: boolean;
  onRun: () => void;
  onStop: () => void;
  onLimitChange: (limit: number) => void;
  onFormat: () => void;
  onEditParameters: () => void;
  onEstimate: () => void;
  onSave: () => void;
  onSchedule: () => void;
}

/** Run or stop, the row limit, and the editor's tools (format, parameters, cost, save). */
export function EditorToolbar(props: EditorToolbarProps) {
  const runLabel = props.hasSelection ? 'Run selection' : 'Run';
  return (
    <div className={styles.toolbar} role="toolbar" aria-label="Query actions">
      <Space wrap>
        {props.isRunning ? (
          <Button danger icon={<StopOutlined />} onClick={props.onStop}>
            Stop
          </Button>
        ) : (
          <Tooltip title={`${runLabel} (${RUN_SHORTCUT})`}>
            <Button
              type="primary"
              icon={<CaretRightOutlined />}
              disabled={!props.canRun}
              onClick={props.onRun}
            >
              {runLabel}
            </Button>
          </Tooltip>
        )}
        <Dropdown
          trigger={['click']}
          menu={{
            selectable: true,
            selectedKeys: [String(props.queryLimit)],
            items: QUERY_LIMIT_OPTIONS.map((limit) => ({
              key: String(limit),
              label: formatLimit(limit),
            })),
            onClick: ({ key }) => props.onLimitChange(Number(key)),
          }}
        >
          <Button aria-label={`Row limit ${formatLimit(props.queryLimit)}`}>
            Limit: {formatLimit(props.queryLimit)} <DownOutlined />
          </Button>
        </Dropdown>
        {props.canEstimate && (
          <Button
            icon={<DollarOutlined />}
            loading={props.isEstimating}
            disabled={!props.canRun}
            onClick={props.onEstimate}
          >
            Estimate cost
          </Button>
        )}
      </Space>
      <Space wrap>
        <Button
          icon={<FormatPainterOutlined />}
          loading={props.isFormatting}
          onClick={props.onFormat}
        >
          Format SQL
        </Button>
        <Badge count={props.templateParamCount} size="small" color="#20a7c9">
          <Button icon={<CodeOutlined />} onClick={props.onEditParameters}>
            Parameters
          </Button>
        </Badge>
        <Button icon={<SaveOutlined />} onClick={props.onSave}>
          Save
        </Button>
        {props.canSchedule && (
          <Tooltip title={props.isSaved ? '' : 'Save the query before scheduling it'}>
            <Button
              icon={<CalendarOutlined />}
              disabled={!props.isSaved}
              onClick={props.onSchedule}
            >
              Schedule query
            </Button>
          </Tooltip>
        )}
      </Space>
    </div>
  );
}
