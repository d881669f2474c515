import { AppError } from '../../errors/app-error.js';

/** No dashboard has this id or slug, or the caller may not see it (404 either way). */
export class DashboardNotFoundError extends AppError {
  override readonly name = 'DashboardNotFoundError';
  constructor(readonly idOrSlug: number | string) {
    super('RESOURCE_NOT_FOUND', `No dashboard has the id or slug "${idOrSlug}".`);
  }
}

/** The caller may see the dashboard but neither owns it nor is an Admin (403). */
export class DashboardForbiddenError extends AppError {
  override readonly name = 'DashboardForbiddenError';
  constructor(readonly dashboardId: number) {
    super(
      'ACCESS_DENIED',
      `Changing dashboard ${dashboardId} needs its ownership: ask an owner or an Admin to add you.`,
    );
  }
}

/** Another dashboard already has the slug (422, Superset's DashboardSlugExistsValidationError). */
export class DashboardSlugExistsError extends AppError {
  override readonly name = 'DashboardSlugExistsError';
  constructor(readonly slug: string) {
    super(
      'DASHBOARD_SLUG_EXISTS',
      `Another dashboard already has the slug "${slug}". Choose another slug.`,
      { fields: { slug: ['Must be unique'] } },
    );
  }
}

/** The body names charts, owners or roles that do not exist (422); the message names each. */
export class DashboardInvalidError extends AppError {
  override readonly name = 'DashboardInvalidError';
  constructor(readonly problems: Record<string, string[]>) {
    const summary = Object.entries(problems)
      .map(([field, messages]) => `${field}: ${messages.join('; ')}`)
      .join('; ');
    super('DASHBOARD_INVALID', `The dashboard is not valid: ${summary}`, { fields: problems });
  }
}
