import {
  dashboardSlugSchema,
  type Dashboard,
  type DashboardJsonMetadata,
} from '@superset-ts/shared';
import CodeMirror, { EditorView } from '@uiw/react-codemirror';
import { Alert, Collapse, Form, Input, Modal } from 'antd';
import { useState } from 'react';
import { OwnersSelect } from '../../../components/OwnersSelect';
import { dashboardOwnerSource } from '../list/dashboard-choice-sources';
import { ColorSchemeSelect } from './ColorSchemeSelect';
import { metadataText, parseMetadataText } from './metadata-text';
import { RolesSelect } from './RolesSelect';
import type { DashboardProperties } from './useLayoutHistory';

/** What the Properties dialog edits. */
export interface PropertiesValues {
  title: string;
  properties: DashboardProperties;
  metadata: DashboardJsonMetadata;
}

interface FormFields {
  title: string;
  slug: string;
  owners: number[];
  roles: number[];
  colorScheme?: string;
  certifiedBy: string;
  certificationDetails: string;
}

const JSON_EXTENSIONS = [
  EditorView.lineWrapping,
  EditorView.contentAttributes.of({ 'aria-label': 'JSON metadata' }),
];

function validateSlug(_rule: unknown, value: string | undefined): Promise<void> {
  const parsed = dashboardSlugSchema.safeParse(value ?? '');
  return parsed.success
    ? Promise.resolve()
    : Promise.reject(new Error(parsed.error.issues[0]?.message ?? 'Invalid slug'));
}

/**
 * The dashboard's properties: title, slug, owners, roles, colour scheme, certification and
 * the JSON metadata (checked to be a JSON object). Apply hands them to the editor; they are
 * saved with the dashboard. Render it only while open, so it starts from `values`.
 */
export function DashboardPropertiesModal({
  dashboard,
  values,
  onApply,
  onCancel,
}: {
  dashboard: Dashboard;
  values: PropertiesValues;
  onApply: (values: PropertiesValues) => void;
  onCancel: () => void;
}) {
  const [form] = Form.useForm<FormFields>();
  const initialScheme =
    typeof values.metadata.color_scheme === 'string' ? values.metadata.color_scheme : undefined;
  const [jsonText, setJsonText] = useState(() => metadataText(values.metadata));
  const [jsonError, setJsonError] = useState<string | null>(null);

  const handleFinish = (fields: FormFields) => {
    const parsed = parseMetadataText(jsonText);
    if (!parsed.ok) {
      setJsonError(parsed.error);
      return;
    }
    const metadata: DashboardJsonMetadata = { ...parsed.metadata };
    if (fields.colorScheme !== initialScheme) {
      if (fields.colorScheme) metadata.color_scheme = fields.colorScheme;
      else delete metadata.color_scheme;
    }
    onApply({
      title: fields.title.trim(),
      metadata,
      properties: {
        slug: fields.slug.trim(),
        owners: fields.owners,
        roles: fields.roles,
        certifiedBy: fields.certifiedBy,
        certificationDetails: fields.certificationDetails,
      },
    });
  };

  return (
    <Modal
      open
      title="Dashboard properties"
      okText="Apply"
      onOk={() => form.submit()}
      onCancel={onCancel}
      width={640}
      destroyOnHidden
    >
      <Form<FormFields>
        form={form}
        layout="vertical"
        onFinish={handleFinish}
        initialValues={{
          title: values.title,
          slug: values.properties.slug,
          owners: values.properties.owners,
          roles: values.properties.roles,
          colorScheme: initialScheme,
          certifiedBy: values.properties.certifiedBy,
          certificationDetails: values.properties.certificationDetails,
        }}
      >
        <Form.Item
          name="title"
          label="Title"
          rules={[{ required: true, whitespace: true, message: 'Give the dashboard a title' }]}
        >
          <Input />
        </Form.Item>
        <Form.Item name="slug" label="URL slug" rules={[{ validator: validateSlug }]}>
          <Input placeholder="e.g. sales-overview" />
        </Form.Item>
        <Form.Item name="owners" label="Owners">
          <OwnersSelect
            queryKey={dashboardOwnerSource.queryKey}
            fetchChoices={dashboardOwnerSource.fetchChoices}
            initialOwners={dashboard.owners}
          />
        </Form.Item>
        <Form.Item
          name="roles"
          label="Roles"
          extra="Who may see the dashboard when DASHBOARD_RBAC is on"
        >
          <RolesSelect initialRoles={dashboard.roles} />
        </Form.Item>
        <Form.Item name="colorScheme" label="Color scheme">
          <ColorSchemeSelect />
        </Form.Item>
        <Form.Item name="certifiedBy" label="Certified by">
          <Input placeholder="Person or group that certified this dashboard" />
        </Form.Item>
        <Form.Item name="certificationDetails" label="Certification details">
          <Input placeholder="Any details about the certification" />
        </Form.Item>
        <Collapse
          items={[
            {
              key: 'advanced',
              label: 'Advanced: JSON metadata',
              forceRender: true,
              children: (
                <>
                  <CodeMirror
                    value={jsonText}
                    height="240px"
                    extensions={JSON_EXTENSIONS}
                    basicSetup={{ foldGutter: false }}
                    onChange={(text) => {
                      setJsonText(text);
                      setJsonError(null);
                    }}
                  />
                  {jsonError ? (
                    <Alert type="error" showIcon message={jsonError} role="alert" />
                  ) : null}
                </>
              ),
            },
          ]}
        />
      </Form>
    </Modal>
  );
}
