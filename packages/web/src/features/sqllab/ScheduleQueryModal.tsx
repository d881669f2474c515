import Form from '@rjsf/core';
import type { ErrorSchema, UiSchema } from '@rjsf/utils';
import validator from '@rjsf/validator-ajv8';
import type { SavedQuery, ScheduledQueriesConfig } from '@superset-ts/shared';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Modal, Space } from 'antd';
import { useState } from 'react';
import { ApiValidationError } from '../../api/json-request';
import { updateSavedQuery } from '../../api/sqllab';
import { readScheduleInfo, toScheduleErrors, withScheduleInfo } from './schedule-form';
import styles from './ScheduleQueryModal.module.css';
import { SAVED_QUERIES_KEY } from './useSaveQuery';

/**
 * "Schedule query": the form SCHEDULED_QUERIES describes (JSON Schema and UI schema), filled
 * with the saved query's current schedule and stored in its `extra_json.schedule_info`. The
 * server checks the schedule again, with the VALIDATION rules; its problems show on the fields.
 */
export function ScheduleQueryModal({
  config,
  savedQuery,
  onSaved,
  onClose,
}: {
  config: ScheduledQueriesConfig;
  savedQuery: SavedQuery;
  onSaved: () => void;
  onClose: () => void;
}) {
  const queryClient = useQueryClient();
  const [formData, setFormData] = useState(() => readScheduleInfo(savedQuery.extra_json));
  const [serverErrors, setServerErrors] = useState<ErrorSchema | undefined>(undefined);
  const [problem, setProblem] = useState('');
  const [isSaving, setIsSaving] = useState(false);

  const handleSubmit = async (data: Record<string, unknown>) => {
    setIsSaving(true);
    setProblem('');
    setServerErrors(undefined);
    try {
      await updateSavedQuery(savedQuery.id, {
        extra_json: withScheduleInfo(savedQuery.extra_json, data),
      });
      await queryClient.invalidateQueries({ queryKey: SAVED_QUERIES_KEY });
      onSaved();
      onClose();
    } catch (error) {
      if (error instanceof ApiValidationError) setServerErrors(toScheduleErrors(error.fields));
      setProblem(error instanceof Error ? error.message : 'The schedule could not be saved.');
    } finally {
      setIsSaving(false);
    }
  };

  return (
    <Modal open title="Schedule query" footer={null} onCancel={onClose} width={640} destroyOnHidden>
      {problem && <Alert type="error" showIcon message={problem} className={styles.problem} />}
      <div className={styles.form}>
        <Form
          schema={config.JSONSCHEMA}
          uiSchema={(config.UISCHEMA ?? {}) as UiSchema}
          validator={validator}
          formData={formData}
          extraErrors={serverErrors}
          showErrorList={false}
          onChange={(event) => setFormData((event.formData ?? {}) as Record<string, unknown>)}
          onSubmit={(event) => void handleSubmit((event.formData ?? {}) as Record<string, unknown>)}
        >
          <Space className={styles.buttons}>
            <Button onClick={onClose}>Cancel</Button>
            <Button type="primary" htmlType="submit" loading={isSaving}>
              Save schedule
            </Button>
          </Space>
        </Form>
      </div>
    </Modal>
  );
}
