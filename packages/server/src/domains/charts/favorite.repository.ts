import type { Kysely } from 'kysely';
import type { MetadataSchema } from '../../db/index.js';

type Db = Kysely<MetadataSchema>;

/** Superset's FavStar `class_name` of a chart. */
export const CHART_FAVORITE_CLASS = 'slice';

/** Users' favourite charts in `favstar`. Marking twice or unmarking an unmarked chart is a no-op. */
export const favoriteRepository = {
  /** Which of `chartIds` the user marked. */
  async markedOf(db: Db, userId: number, chartIds: readonly number[]): Promise<Set<number>> {
    if (chartIds.length === 0) return new Set();
    const rows = await db
      .selectFrom('favstar')
      .select('obj_id')
      .where('user_id', '=', userId)
      .where('class_name', '=', CHART_FAVORITE_CLASS)
      .where('obj_id', 'in', [...chartIds])
      .execute();
    return new Set(rows.map((row) => row.obj_id));
  },

  async mark(db: Db, userId: number, chartId: number, now: Date): Promise<void> {
    const marked = await favoriteRepository.markedOf(db, userId, [chartId]);
    if (marked.size > 0) return;
    try {
      await db
        .insertInto('favstar')
        .values({ user_id: userId, class_name: CHART_FAVORITE_CLASS, obj_id: chartId, dttm: now })
        .execute();
    } catch (error) {
      // A concurrent mark won the unique constraint: the chart is marked either way.
      if ((await favoriteRepository.markedOf(db, userId, [chartId])).size === 0) throw error;
    }
  },

  async unmark(db: Db, userId: number, chartId: number): Promise<void> {
    await db
      .deleteFrom('favstar')
      .where('user_id', '=', userId)
      .where('class_name', '=', CHART_FAVORITE_CLASS)
      .where('obj_id', '=', chartId)
      .execute();
  },
};
