import type { FastifyInstance, FastifyPluginAsync, FastifyPluginCallback } from 'fastify';

/**
 * Types of the functions and objects a config module may hand in where Superset takes a
 * Python callable or class. The capability that calls a hook owns its behaviour; these types
 * are the contract a user writes against.
 */

/** A Fastify plugin, as used by ADDITIONAL_MIDDLEWARE and BLUEPRINTS. */
export type FastifyPlugin = FastifyPluginAsync | FastifyPluginCallback;

/** A BLUEPRINTS entry: a plugin, optionally mounted under a URL prefix. */
export type Blueprint =
  FastifyPlugin | { readonly plugin: FastifyPlugin; readonly prefix?: string };

/** One action-log record, as stored in Superset's `logs` table. */
export interface ActionLogEvent {
  readonly action: string;
  readonly user_id: number | null;
  readonly dashboard_id?: number | null;
  readonly slice_id?: number | null;
  readonly duration_ms?: number | null;
  readonly referrer?: string | null;
  readonly json?: Readonly<Record<string, unknown>>;
  readonly dttm: Date;
}

/** EVENT_LOGGER: receives every action-log record instead of the metadata-DB logger. */
export interface EventLogger {
  log(event: ActionLogEvent): void | Promise<void>;
}

/** STATS_LOGGER: a StatsD-style metrics sink. */
export interface StatsLogger {
  incr(key: string): void;
  decr(key: string): void;
  timing(key: string, milliseconds: number): void;
  gauge(key: string, value: number): void;
}

/** What OAUTH_USER_INFO returns for a user who logged in through an OAuth provider. */
export interface OAuthUserInfo {
  readonly username: string;
  readonly email: string;
  readonly first_name: string;
  readonly last_name: string;
  /** Keys looked up in AUTH_ROLES_MAPPING. */
  readonly role_keys?: readonly string[];
}

/** OAUTH_USER_INFO: turns a provider's tokens and user-info response into a Superset user. */
export type OAuthUserInfoHook = (
  provider: string,
  tokens: Readonly<Record<string, unknown>>,
  userInfo: Readonly<Record<string, unknown>>,
) => OAuthUserInfo | Promise<OAuthUserInfo>;

/** SQLALCHEMY_CUSTOM_PASSWORD_STORE: returns the password to use for a database URL. */
export type PasswordStore = (url: string) => string | Promise<string>;

/** DB_CONNECTION_MUTATOR: adjusts an analytics connection per user and source. */
export type ConnectionMutator = (
  connection: { readonly url: string; readonly options: Readonly<Record<string, unknown>> },
  context: Readonly<Record<string, unknown>>,
) =>
  | { url: string; options: Record<string, unknown> }
  | Promise<{ url: string; options: Record<string, unknown> }>;

/** DB_SQLA_URI_VALIDATOR: throws to reject a database URL a user entered. */
export type UrlValidator = (url: string) => void;

/** A hook that receives a value and some context and returns a (possibly changed) value. */
export type ValueMutator<T> = (
  value: T,
  context: Readonly<Record<string, unknown>>,
) => T | Promise<T>;

/** A hook that inspects something and returns nothing (audit loggers, validators). */
export type ContextHook = (context: Readonly<Record<string, unknown>>) => unknown;

/** CUSTOM_SECURITY_MANAGER: named overrides of security-manager decisions. */
export type SecurityManagerOverrides = Readonly<Record<string, (...args: never[]) => unknown>>;

/** IS_FEATURE_ENABLED_FUNC: decides a flag at run time from its name and configured value. */
export type IsFeatureEnabledFunc = (name: string, configuredValue: boolean) => boolean;

/** GET_FEATURE_FLAGS_FUNC: adjusts the flags sent to the browser. */
export type GetFeatureFlagsFunc = (
  flags: Readonly<Record<string, boolean>>,
) => Readonly<Record<string, boolean>>;

/** FLASK_APP_MUTATOR: receives the Fastify instance once, before routes are registered. */
export type AppMutator = (app: FastifyInstance) => void | Promise<void>;

/** WEBDRIVER_AUTH_FUNC: logs the headless browser in as `user` before a screenshot. */
export type WebdriverAuthFunc = (
  browserContext: unknown,
  user: { readonly id: number; readonly username: string },
) => void | Promise<void>;

/** THUMBNAIL_*_DIGEST_FUNC: returns the digest that keys a chart's or dashboard's thumbnail. */
export type ThumbnailDigestFunc = (
  resource: Readonly<Record<string, unknown>>,
  executorType: string,
  executorName: string,
) => string;

/** What a CUSTOM_TEMPLATE_PROCESSORS object renders with: `process`, or Superset's `process_template`. */
export type TemplateProcessorObject =
  | { process(sql: string, context: Readonly<Record<string, unknown>>): string | Promise<string> }
  | {
      process_template(
        sql: string,
        context: Readonly<Record<string, unknown>>,
      ): string | Promise<string>;
    };

/**
 * CUSTOM_TEMPLATE_PROCESSORS entry: renders a SQL template for one engine. A class (as in
 * Superset's documentation) is constructed with the context for each render.
 */
export type TemplateProcessor =
  | ((sql: string, context: Readonly<Record<string, unknown>>) => string | Promise<string>)
  | TemplateProcessorObject
  | (new (context: Readonly<Record<string, unknown>>) => TemplateProcessorObject);

/** SQL_VALIDATORS_BY_ENGINE entry: a built-in validator's name, or a validator object. */
export type SqlValidator =
  | string
  | {
      validate(
        sql: string,
        context: Readonly<Record<string, unknown>>,
      ): readonly unknown[] | Promise<readonly unknown[]>;
    };
