import {
  OperationNodeTransformer,
  type KyselyPlugin,
  type PluginTransformQueryArgs,
  type PluginTransformResultArgs,
  type PrimitiveValueListNode,
  type QueryResult,
  type RootOperationNode,
  type UnknownRow,
  type ValueNode,
} from 'kysely';
import type { MetadataDialect } from './metadata-uri.js';
import { toDbTimestamp } from './metadata-values.js';

/**
 * Writes Dates as UTC text on every backend (the pg and mysql2 drivers would otherwise send
 * local time, which a `timestamp without time zone`/`datetime` column keeps as is) and, on
 * SQLite, booleans as 1/0 (better-sqlite3 refuses to bind a boolean). Applied to every query,
 * so no repository has to remember it.
 */
export class MetadataValuesPlugin implements KyselyPlugin {
  readonly #transformer: MetadataValueTransformer;

  constructor(dialect: MetadataDialect) {
    this.#transformer = new MetadataValueTransformer(dialect === 'sqlite');
  }

  transformQuery(args: PluginTransformQueryArgs): RootOperationNode {
    return this.#transformer.transformNode(args.node, args.queryId);
  }

  transformResult(args: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
    return Promise.resolve(args.result);
  }
}

class MetadataValueTransformer extends OperationNodeTransformer {
  constructor(private readonly hasNoBooleans: boolean) {
    super();
  }

  protected override transformValue(node: ValueNode): ValueNode {
    return { ...node, value: this.toDbValue(node.value) };
  }

  protected override transformPrimitiveValueList(
    node: PrimitiveValueListNode,
  ): PrimitiveValueListNode {
    return { ...node, values: node.values.map((value) => this.toDbValue(value)) };
  }

  private toDbValue(value: unknown): unknown {
    if (value instanceof Date) return toDbTimestamp(value);
    if (this.hasNoBooleans && typeof value === 'boolean') return value ? 1 : 0;
    return value;
  }
}
