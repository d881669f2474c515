import { describe, expect, it } from 'vitest';
import { AppError } from '../../errors/app-error.js';
import { DEFAULT_EXTRA_JSON, parseDatabaseExtra } from './database-extra.js';

function refusal(text: string): AppError {
  try {
    parseDatabaseExtra(text);
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error(`${text} was accepted`);
}

describe('database extra JSON', () => {
  it("accepts Superset's documented keys, and no text as {}", () => {
    const extra = parseDatabaseExtra(
      JSON.stringify({
        engine_params: { connect_args: { sslmode: 'require' } },
        metadata_params: {},
        version: '15.0',
        schemas_allowed_for_file_upload: ['uploads'],
        python_date_format_by_column_name: { ds: '%Y-%m-%d' },
        cost_estimate_enabled: true,
        allows_virtual_table_explore: true,
        disable_data_preview: false,
        cancel_query_on_windows_unload: true,
        metadata_cache_timeout: { schema_cache_timeout: 600 },
      }),
    );
    expect(extra.engine_params?.connect_args).toEqual({ sslmode: 'require' });
    expect(extra.cost_estimate_enabled).toBe(true);
    expect(parseDatabaseExtra('')).toEqual({});
    expect(parseDatabaseExtra(null)).toEqual({});
    expect(parseDatabaseExtra(DEFAULT_EXTRA_JSON)).toMatchObject({ engine_params: {} });
  });

  it('refuses text that is not a JSON object', () => {
    expect(refusal('{not json').message).toBe('extra is not valid JSON.');
    expect(refusal('[1,2]').message).toBe('extra must be a JSON object.');
    expect(refusal('{').extra).toEqual({ fields: { extra: ['extra is not valid JSON.'] } });
    expect(refusal('{').status).toBe(400);
  });

  it('refuses unknown keys by name, at the top and in engine_params', () => {
    const unknown = refusal('{"engine_params": {}, "allow_everything": true, "pool": 3}');
    expect(unknown.message).toMatch(/does not know: allow_everything, pool /);
    expect(refusal('{"engine_params": {"pool_size": 10}}').message).toMatch(/pool_size/);
  });

  it('refuses values of the wrong type, naming the path', () => {
    expect(refusal('{"cost_estimate_enabled": "yes"}').message).toMatch(
      /extra\.cost_estimate_enabled/,
    );
    expect(refusal('{"schemas_allowed_for_file_upload": "public"}').message).toMatch(
      /schemas_allowed_for_file_upload/,
    );
  });
});
