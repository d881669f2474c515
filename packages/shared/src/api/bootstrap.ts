import { z } from 'zod';
import { currentUserSchema } from './current-user.js';

/**
 * One entry of the navigation menu. The server only sends entries whose page exists and
 * that the user may open, so the web app renders what it receives.
 */
export interface MenuEntry {
  name: string;
  label: string;
  url?: string | undefined;
  children?: MenuEntry[] | undefined;
}

export const menuEntrySchema: z.ZodType<MenuEntry> = z.lazy(() =>
  z.object({
    name: z.string(),
    label: z.string(),
    url: z.string().optional(),
    children: z.array(menuEntrySchema).optional(),
  }),
);

/**
 * What the server embeds in every page it serves (`<script id="bootstrap-data">`), as
 * Superset embeds `data-bootstrap`: who is logged in, the menu, flags and the public config.
 */
export const bootstrapSchema = z.object({
  user: currentUserSchema.nullable(),
  common: z.object({
    app_name: z.string(),
    version: z.string(),
    feature_flags: z.record(z.string(), z.boolean()),
    menu: z.array(menuEntrySchema),
    auth_type: z.enum(['AUTH_DB', 'AUTH_LDAP', 'AUTH_OAUTH', 'AUTH_REMOTE_USER', 'AUTH_SAML']),
    auth_user_registration: z.boolean(),
    /** OAUTH_PROVIDERS as the login page offers them (AUTH_OAUTH): name and icon, no secrets. */
    oauth_providers: z.array(z.object({ name: z.string(), icon: z.string().nullable() })),
    environment_tag: z.object({ text: z.string(), color: z.string() }).nullable(),
    /** MAPBOX_API_KEY (a public browser token) for map charts; absent when none is configured. */
    mapbox_api_key: z.string().optional(),
    /** SUPERSET_WEBSERVER_DOMAINS: host names single-chart requests are spread over; absent when none. */
    superset_webserver_domains: z.array(z.string()).optional(),
    /** Set when the page was reached after a failed action, e.g. a rejected login. */
    flash_messages: z.array(
      z.object({ level: z.enum(['info', 'warning', 'error']), message: z.string() }),
    ),
  }),
});

export type Bootstrap = z.infer<typeof bootstrapSchema>;

/** The element id the server writes the bootstrap JSON into. */
export const BOOTSTRAP_ELEMENT_ID = 'bootstrap-data';
