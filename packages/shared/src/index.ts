export * from './errors/error-catalogue.js';
export * from './errors/error-response.js';
export * from './feature-flags/feature-flags.js';
export * from './api/current-user.js';
export * from './api/bootstrap.js';
export * from './api/pages.js';
