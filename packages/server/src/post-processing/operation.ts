import type { z } from 'zod';
import type { DataFrame } from './data-frame.js';

/** One post-processing operation: its option schema and what it does to a frame. */
export interface Operation<Schema extends z.ZodType = z.ZodType> {
  name: string;
  options: Schema;
  apply(frame: DataFrame, options: z.infer<Schema>): DataFrame;
}

/** Declares an operation with its options typed from the schema. */
export function defineOperation<Schema extends z.ZodType>(
  operation: Operation<Schema>,
): Operation<Schema> {
  return operation;
}
