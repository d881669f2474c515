import type { TemplateConfig } from '../create-template-renderer.js';

/** A renderer config with templating on and nothing else configured. */
export function templateConfig(overrides: Partial<TemplateConfig> = {}): TemplateConfig {
  return {
    FEATURE_FLAGS: { ENABLE_TEMPLATE_PROCESSING: true },
    IS_FEATURE_ENABLED_FUNC: null,
    CUSTOM_TEMPLATE_PROCESSORS: {},
    JINJA_CONTEXT_ADDONS: {},
    JINJA_RENDER_TIMEOUT_SECONDS: 5,
    CONFIG_SOURCE: null,
    ...overrides,
  };
}
