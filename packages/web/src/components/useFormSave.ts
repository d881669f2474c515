import type { FormInstance } from 'antd';
import { useState } from 'react';
import { ApiValidationError } from '../api/json-request';

/** Where a form's save stands: whether it is under way and the problem to show above the fields. */
export interface FormSave<Values> {
  isSaving: boolean;
  /** The failure that belongs to no field of the form; empty when there is none. */
  problem: string;
  /** Give to the form's `onFinish`: saves, then closes, or shows why it could not. */
  handleFinish: (values: Values) => void;
}

/**
 * Saves a form's values and then calls `onDone`. When the save fails, the server's per-field
 * problems show next to those of `fieldNames` the form has, and the rest becomes `problem`.
 */
export function useFormSave<Values>(
  form: FormInstance<Values>,
  fieldNames: readonly string[],
  save: (values: Values) => Promise<unknown>,
  onDone: () => void,
): FormSave<Values> {
  const [isSaving, setIsSaving] = useState(false);
  const [problem, setProblem] = useState('');

  const handleSubmit = async (values: Values) => {
    setIsSaving(true);
    setProblem('');
    try {
      await save(values);
      onDone();
    } catch (error) {
      setProblem(showServerErrors(form, error, fieldNames));
    } finally {
      setIsSaving(false);
    }
  };

  return { isSaving, problem, handleFinish: (values) => void handleSubmit(values) };
}

/**
 * Shows a failed save on the form: the server's per-field problems next to their fields
 * (those the form has), and returns the message for everything else.
 */
function showServerErrors(
  form: FormInstance,
  error: unknown,
  fieldNames: readonly string[],
): string {
  if (error instanceof ApiValidationError) {
    const known = Object.entries(error.fields).filter(([name]) => fieldNames.includes(name));
    form.setFields(known.map(([name, errors]) => ({ name, errors: [...errors] })));
    if (known.length === Object.keys(error.fields).length && known.length > 0) return '';
  }
  return error instanceof Error ? error.message : 'The change could not be saved.';
}
