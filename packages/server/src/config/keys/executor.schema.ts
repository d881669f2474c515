import { z } from 'zod';

/** Who a background screenshot or report runs as, by Superset's ExecutorType values. */
export const EXECUTOR_TYPES = [
  'owner',
  'creator',
  'creator_owner',
  'current_user',
  'modifier',
  'modifier_owner',
] as const;

const EXPECTED = `one of ${EXECUTOR_TYPES.map((type) => `"${type}"`).join(', ')} or { fixed_user: "name" }`;

/** An executor: a type, or a fixed user (Superset's `FixedExecutor("name")`). */
export const executor = z.union(
  [
    z.enum(EXECUTOR_TYPES),
    z.object({ fixed_user: z.string().min(1) }, { error: EXPECTED }).strict(),
  ],
  { error: EXPECTED },
);

/** Executors tried in order until one applies. */
export const executorList = z.array(executor, { error: `an array of executors: ${EXPECTED}` });
