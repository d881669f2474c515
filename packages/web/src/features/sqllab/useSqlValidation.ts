import type { SqlValidationAnnotation } from '@superset-ts/shared';
import { useMemo } from 'react';
import type { SqlValidation } from './sql-validation';
import { checkTemplateParams } from './template-params';

/**
 * The editor's validation call for a tab's database, schema and template parameters, or null
 * when no database is selected or it has no validator. A new function (and so a fresh check)
 * whenever one of them changes.
 */
export function useSqlValidation(
  validation: SqlValidation,
  databaseId: number | null,
  schema: string | null,
  templateParams: string | null,
): ((sql: string) => Promise<SqlValidationAnnotation[]>) | null {
  return useMemo(() => {
    if (databaseId === null || !validation.mayHaveValidator(databaseId)) return null;
    const params = checkTemplateParams(templateParams);
    return (sql: string) =>
      validation.check(databaseId, {
        sql,
        schema,
        ...(params.isValid ? { template_params: params.params } : {}),
      });
  }, [validation, databaseId, schema, templateParams]);
}
