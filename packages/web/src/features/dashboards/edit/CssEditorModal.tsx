import { useQuery } from '@tanstack/react-query';
import CodeMirror, { EditorView } from '@uiw/react-codemirror';
import { Alert, Flex, Modal, Select, Typography } from 'antd';
import { useState } from 'react';
import { fetchCssTemplates } from '../../../api/dashboards';

const CSS_EXTENSIONS = [
  EditorView.lineWrapping,
  EditorView.contentAttributes.of({ 'aria-label': 'Dashboard CSS' }),
];

/**
 * Edits the dashboard's CSS; picking a saved CSS template (`GET /api/v1/css_template/`)
 * loads its CSS. `onPreview` gets every change so the dashboard shows it live; Apply keeps
 * it (`onApply`), Cancel goes back to `css`. Render it only while open.
 */
export function CssEditorModal({
  css,
  onPreview,
  onApply,
  onCancel,
}: {
  css: string;
  onPreview: (css: string) => void;
  onApply: (css: string) => void;
  onCancel: () => void;
}) {
  const [text, setText] = useState(css);
  const templates = useQuery({
    queryKey: ['dashboards', 'css-templates'],
    queryFn: fetchCssTemplates,
    staleTime: 60_000,
  });
  const change = (next: string) => {
    setText(next);
    onPreview(next);
  };

  return (
    <Modal
      open
      title="Edit CSS"
      okText="Apply"
      onOk={() => onApply(text)}
      onCancel={() => {
        onPreview(css);
        onCancel();
      }}
      width={720}
      destroyOnHidden
    >
      <Flex vertical gap={8}>
        <Flex gap={8} align="center">
          <Typography.Text>Load a CSS template</Typography.Text>
          <Select<number>
            aria-label="CSS template"
            placeholder={templates.isPending ? 'Loading templates...' : 'Choose a template'}
            loading={templates.isPending}
            style={{ minWidth: 240 }}
            options={(templates.data ?? []).map((template) => ({
              value: template.id,
              label: template.template_name,
            }))}
            onChange={(id) => {
              const template = templates.data?.find((candidate) => candidate.id === id);
              if (template) change(template.css ?? '');
            }}
          />
        </Flex>
        {templates.isError ? (
          <Alert type="warning" showIcon message="The CSS templates could not be loaded" />
        ) : null}
        <CodeMirror
          value={text}
          height="320px"
          extensions={CSS_EXTENSIONS}
          basicSetup={{ foldGutter: false }}
          onChange={change}
        />
        <Typography.Text type="secondary">
          The CSS applies only inside this dashboard; @import and script URLs are ignored.
        </Typography.Text>
      </Flex>
    </Modal>
  );
}
