import { AppError } from '../../errors/app-error.js';
import type { Actor } from '../../security/access/actor.js';
import type { DatabasesCapability } from '../databases/register-databases.js';

/**
 * Whether the actor may use a database: it exists and the databases capability shows it to
 * them. Saved queries and tabs may only name such databases.
 */
export function databaseUsabilityOf(databases: DatabasesCapability) {
  return async (actor: Actor, databaseId: number): Promise<boolean> => {
    try {
      await databases.databases.getStored(actor, databaseId);
      return true;
    } catch (error) {
      if (error instanceof AppError && error.code === 'RESOURCE_NOT_FOUND') return false;
      throw error;
    }
  };
}
