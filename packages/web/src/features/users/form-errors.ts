import type { FormInstance } from 'antd';
import { ApiValidationError } from '../../api/json-request';

/**
 * Shows a failed save on the form: the server's per-field problems next to their fields
 * (those the form has), and returns the message for everything else.
 */
export function showServerErrors(
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
