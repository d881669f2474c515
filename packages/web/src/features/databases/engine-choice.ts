import type { AvailableEngine, DatabaseDetail } from '@superset-ts/shared';
import { parameterFieldsOf, type ParameterField } from './parameters-form';

/** The engine a connection is made with, as the connection form needs it. */
export interface EngineChoice {
  /** Superset's engine name, e.g. `postgresql`. */
  engine: string;
  driver: string;
  /** Display name, e.g. `PostgreSQL`. */
  name: string;
  /** The parameters form; null when the engine connects by URI only. */
  parameterFields: ParameterField[] | null;
  uriPlaceholder: string;
}

/** The choice of an engine picked from `available/`. */
export function engineChoiceOf(engine: AvailableEngine): EngineChoice {
  return {
    engine: engine.engine,
    driver: engine.default_driver,
    name: engine.name,
    parameterFields: engine.parameters ? parameterFieldsOf(engine.parameters) : null,
    uriPlaceholder: engine.sqlalchemy_uri_placeholder,
  };
}

/** The engine of a stored database; `available/` adds its display name and URI placeholder. */
export function engineChoiceOfDatabase(
  database: DatabaseDetail,
  available: readonly AvailableEngine[] | undefined,
): EngineChoice {
  const known = available?.find((engine) => engine.engine === database.engine);
  return {
    engine: database.engine,
    driver: database.driver,
    name: known?.name ?? database.backend,
    parameterFields: parameterFieldsOf(database.parameters_schema ?? known?.parameters),
    uriPlaceholder: known?.sqlalchemy_uri_placeholder ?? `${database.backend}://`,
  };
}
