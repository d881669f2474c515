import { z } from 'zod';
import { listQuerySchema, listResponseSchema } from './list-query.js';

/**
 * The database connections API (`/api/v1/database/`) with Superset's shapes. `extra` travels
 * as a JSON string, as in Superset; the password inside `sqlalchemy_uri` and the secret
 * fields of `encrypted_extra` are always answered as PASSWORD_MASK.
 */

/** Where the databases API lives. */
export const DATABASES_API_PATH = '/api/v1/database/';

/** Superset's mask for a stored secret; sent back unchanged, it keeps the stored value. */
export const PASSWORD_MASK = 'XXXXXXXXXX';

/** How the connection was entered: a raw URI, or the engine's parameters form. */
export const configurationMethodSchema = z.enum(['sqlalchemy_form', 'dynamic_form']);

const nullableText = (max: number) => z.string().max(max).nullable().optional();

/** The parameters form's values (host, port, database, username, password, query, encryption, ...). */
export const connectionParametersSchema = z.record(z.string(), z.unknown());

/** Fields a create, an update and a connection test share. */
const connectionFields = {
  sqlalchemy_uri: z.string().trim().min(1, 'sqlalchemy_uri is required').max(1024).optional(),
  configuration_method: configurationMethodSchema.optional(),
  engine: z.string().max(64).optional(),
  driver: z.string().max(64).optional(),
  parameters: connectionParametersSchema.optional(),
  /** JSON text: engine_params, metadata_params, version, schemas_allowed_for_file_upload, ... */
  extra: z.string().max(65535).optional(),
  /** JSON text of encrypted_extra; secret fields may be PASSWORD_MASK to keep stored values. */
  masked_encrypted_extra: z.string().max(65535).nullable().optional(),
  impersonate_user: z.boolean().optional(),
  server_cert: nullableText(65535),
};

/** Body of `POST /api/v1/database/`. */
export const databaseCreateSchema = z.strictObject({
  database_name: z
    .string({ error: 'database_name is required' })
    .trim()
    .min(1, 'database_name is required')
    .max(250),
  ...connectionFields,
  expose_in_sqllab: z.boolean().optional(),
  allow_run_async: z.boolean().optional(),
  allow_dml: z.boolean().optional(),
  allow_ctas: z.boolean().optional(),
  allow_cvas: z.boolean().optional(),
  force_ctas_schema: nullableText(250),
  allow_file_upload: z.boolean().optional(),
  cache_timeout: z.number().int().min(0).nullable().optional(),
  uuid: z.uuid().optional(),
});

/** Body of `PUT /api/v1/database/{pk}`: any subset of the create fields. */
export const databaseUpdateSchema = databaseCreateSchema.partial();

/** Body of `POST /api/v1/database/test_connection/`. */
export const databaseTestConnectionSchema = z.strictObject({
  database_name: z.string().max(250).optional(),
  ...connectionFields,
});

/** Body of `POST /api/v1/database/validate_parameters/`. */
export const databaseValidateParametersSchema = z.strictObject({
  engine: z.string().min(1).max(64),
  driver: z.string().max(64).optional(),
  parameters: connectionParametersSchema,
  configuration_method: configurationMethodSchema,
  database_name: z.string().max(250).optional(),
  catalog: z.unknown().optional(),
  masked_encrypted_extra: z.string().max(65535).nullable().optional(),
  extra: z.string().max(65535).optional(),
});

export type DatabaseCreate = z.infer<typeof databaseCreateSchema>;
export type DatabaseUpdate = z.infer<typeof databaseUpdateSchema>;
export type DatabaseTestConnection = z.infer<typeof databaseTestConnectionSchema>;
export type DatabaseValidateParameters = z.infer<typeof databaseValidateParametersSchema>;

/** What the UI needs to know about an engine's abilities (Superset's `engine_information`). */
export const engineInformationSchema = z.object({
  supports_file_upload: z.boolean(),
  disable_ssh_tunneling: z.boolean(),
  supports_dynamic_catalog: z.boolean(),
  supports_oauth2: z.boolean(),
});

const userRefSchema = z
  .object({ id: z.number().int(), first_name: z.string(), last_name: z.string() })
  .nullable();

/** A database as the list shows it. */
export const databaseListItemSchema = z.object({
  id: z.number().int(),
  uuid: z.string(),
  database_name: z.string(),
  backend: z.string(),
  expose_in_sqllab: z.boolean(),
  allow_run_async: z.boolean(),
  allow_dml: z.boolean(),
  allow_ctas: z.boolean(),
  allow_cvas: z.boolean(),
  allow_file_upload: z.boolean(),
  allows_subquery: z.boolean(),
  allows_cost_estimate: z.boolean(),
  force_ctas_schema: z.string().nullable(),
  extra: z.string(),
  engine_information: engineInformationSchema,
  created_by: userRefSchema,
  changed_by: userRefSchema,
  changed_on: z.string().nullable(),
  changed_on_delta_humanized: z.string(),
});

/** A database as `GET /api/v1/database/{pk}` shows it (secrets masked). */
export const databaseDetailSchema = databaseListItemSchema.extend({
  sqlalchemy_uri: z.string(),
  configuration_method: configurationMethodSchema,
  driver: z.string(),
  engine: z.string(),
  parameters: z.record(z.string(), z.unknown()),
  parameters_schema: z.record(z.string(), z.unknown()).nullable(),
  masked_encrypted_extra: z.string().nullable(),
  impersonate_user: z.boolean(),
  server_cert: z.string().nullable(),
  cache_timeout: z.number().int().nullable(),
  is_managed_externally: z.boolean(),
});

export type DatabaseListItem = z.infer<typeof databaseListItemSchema>;
export type DatabaseDetail = z.infer<typeof databaseDetailSchema>;

/** `GET /api/v1/database/`. */
export const databaseListResponseSchema = listResponseSchema(databaseListItemSchema);

/** `GET /api/v1/database/{pk}` and the answer to a create or an update. */
export const databaseResponseSchema = z.object({
  id: z.number().int(),
  result: databaseDetailSchema,
});

/** `GET /api/v1/database/?q=` columns that filter and order. */
export const databaseListQuerySchema = listQuerySchema({
  filters: {
    database_name: { operators: ['ct', 'sw', 'eq'], value: z.string() },
    expose_in_sqllab: { operators: ['eq'], value: z.boolean() },
    allow_file_upload: { operators: ['eq'], value: z.boolean() },
    allow_dml: { operators: ['eq'], value: z.boolean() },
    allow_run_async: { operators: ['eq'], value: z.boolean() },
  },
  orderColumns: ['database_name', 'changed_on', 'allow_run_async', 'allow_dml', 'expose_in_sqllab'],
  defaultOrder: { column: 'changed_on', direction: 'desc' },
});
export type DatabaseListQuery = z.infer<typeof databaseListQuerySchema>;

/** One engine of `GET /api/v1/database/available/`. */
export const availableEngineSchema = z.object({
  name: z.string(),
  engine: z.string(),
  available_drivers: z.array(z.string()),
  default_driver: z.string(),
  sqlalchemy_uri_placeholder: z.string(),
  /** JSON schema of the parameters form; absent when the engine connects by URI only. */
  parameters: z.record(z.string(), z.unknown()).optional(),
  engine_information: engineInformationSchema,
  /** Whether this server can connect to it (its Node client is shipped and installed). */
  installed: z.boolean(),
  /** How this build tests it. */
  tested: z.enum(['live', 'dialect']),
  preferred: z.boolean(),
  notes: z.string().optional(),
});
export type AvailableEngine = z.infer<typeof availableEngineSchema>;
export const availableEnginesResponseSchema = z.object({
  databases: z.array(availableEngineSchema),
});

/** `GET /api/v1/database/{pk}/tables/`: one table or view. */
export const databaseTableEntrySchema = z.object({
  value: z.string(),
  type: z.enum(['table', 'view']),
  extra: z.record(z.string(), z.unknown()).nullable(),
});
export const databaseTablesResponseSchema = z.object({
  count: z.number().int(),
  result: z.array(databaseTableEntrySchema),
});

/** `GET /api/v1/database/{pk}/table/{table}/{schema}/`. */
export const tableMetadataResponseSchema = z.object({
  name: z.string(),
  columns: z.array(
    z.object({
      name: z.string(),
      type: z.string(),
      type_generic: z.number().int().nullable(),
      longType: z.string(),
      nullable: z.boolean(),
      default: z.string().nullable(),
      comment: z.string().nullable(),
      keys: z.array(z.record(z.string(), z.unknown())),
    }),
  ),
  selectStar: z.string(),
  primaryKey: z
    .object({
      name: z.string().nullable(),
      constrained_columns: z.array(z.string()),
      type: z.literal('pk'),
    })
    .nullable(),
  foreignKeys: z.array(z.record(z.string(), z.unknown())),
  indexes: z.array(z.record(z.string(), z.unknown())),
  comment: z.string().nullable(),
});
export type TableMetadataResponse = z.infer<typeof tableMetadataResponseSchema>;

/** `GET /api/v1/database/{pk}/related_objects/`. */
export const databaseRelatedObjectsSchema = z.object({
  charts: z.object({ count: z.number().int(), result: z.array(z.record(z.string(), z.unknown())) }),
  dashboards: z.object({
    count: z.number().int(),
    result: z.array(z.record(z.string(), z.unknown())),
  }),
  datasets: z.object({
    count: z.number().int(),
    result: z.array(
      z.object({ id: z.number().int(), table_name: z.string(), schema: z.string().nullable() }),
    ),
  }),
  sqllab_tab_states: z.object({
    count: z.number().int(),
    result: z.array(z.record(z.string(), z.unknown())),
  }),
});

/** `GET /api/v1/database/{pk}/schemas/?q=(force:!t)`: Rison options. */
export const databaseSchemasQuerySchema = z.object({
  force: z.boolean().optional(),
  catalog: z.string().nullable().optional(),
});

/** `GET /api/v1/database/{pk}/tables/?q=(schema_name:public)`: Rison options. */
export const databaseTablesQuerySchema = z.object({
  schema_name: z.string({ error: 'schema_name is required' }),
  force: z.boolean().optional(),
  catalog_name: z.string().nullable().optional(),
});
