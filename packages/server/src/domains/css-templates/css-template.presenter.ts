import type { CssTemplate } from '@superset-ts/shared';
import { humanizeTimeAgo } from '../logs/log.presenter.js';
import type { CssTemplateRecord } from './css-template.record.js';

/** A CSS template as `/api/v1/css_template/` shows it (Superset's list columns). */
export function presentCssTemplate(record: CssTemplateRecord, now: Date): CssTemplate {
  return {
    id: record.id,
    template_name: record.template_name,
    css: record.css,
    created_on: record.created_on?.toISOString() ?? null,
    created_by: record.created_by,
    changed_by: record.changed_by,
    changed_on_delta_humanized: record.changed_on ? humanizeTimeAgo(record.changed_on, now) : '',
  };
}
