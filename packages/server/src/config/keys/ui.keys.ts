import { z } from 'zod';

import { describeKey } from './capabilities.js';
import {
  bool,
  looseRecord,
  looseRecordOrNull,
  nonEmptyText,
  nonNegativeInt,
  positiveInt,
  text,
  textList,
  textOrNull,
} from './value-schemas.js';

/** Branding, themes, formats, maps, languages, links and the browser's HTTP retry policy. */
export const uiKeys = {
  APP_ICON: text
    .default('/static/assets/images/superset-logo-horiz.png')
    .describe(describeKey('Logo shown in the menu bar.', 'web UI')),
  FAVICONS: z
    .array(z.object({ href: nonEmptyText }).loose(), { error: 'an array of { href } objects' })
    .default([{ href: '/static/assets/images/favicon.png' }])
    .describe(describeKey('Favicon links of every page.', 'web UI')),
  LOGO_TARGET_PATH: textOrNull
    .default(null)
    .describe(describeKey('Where clicking the logo leads (null: the welcome page).', 'web UI')),
  LOGO_TOOLTIP: text.default('').describe(describeKey('Tooltip of the logo.', 'web UI')),
  LOGO_RIGHT_TEXT: text
    .default('')
    .describe(describeKey('Text shown to the right of the logo.', 'web UI')),
  THEME_DEFAULT: looseRecordOrNull
    .default(null)
    .describe(
      describeKey('Theme (antd token object) of the light mode; null: built-in.', 'web UI'),
    ),
  THEME_DARK: looseRecordOrNull
    .default(null)
    .describe(describeKey('Theme of the dark mode; null: built-in.', 'web UI')),
  ENABLE_UI_THEME_ADMINISTRATION: bool
    .default(true)
    .describe(describeKey('Let administrators manage themes in the UI.', 'web UI')),
  EXTRA_CATEGORICAL_COLOR_SCHEMES: z
    .array(looseRecord, { error: 'an array of color-scheme objects' })
    .default([])
    .describe(describeKey('Extra categorical color schemes ({ id, label, colors }).', 'explore')),
  EXTRA_SEQUENTIAL_COLOR_SCHEMES: z
    .array(looseRecord, { error: 'an array of color-scheme objects' })
    .default([])
    .describe(describeKey('Extra sequential color schemes ({ id, label, colors }).', 'explore')),
  CURRENCIES: textList
    .default(['USD', 'EUR', 'GBP', 'INR', 'MXN', 'JPY', 'CNY'])
    .describe(describeKey('Currency codes offered for metric formats.', 'explore')),
  D3_FORMAT: looseRecord
    .default({})
    .describe(describeKey('d3-format locale (decimal, thousands, currency, ...).', 'explore')),
  D3_TIME_FORMAT: looseRecord
    .default({})
    .describe(describeKey('d3-time-format locale (dateTime, months, days, ...).', 'explore')),
  MAPBOX_API_KEY: text
    .default('')
    .describe(
      describeKey(
        'Mapbox token for map charts. The environment variable MAPBOX_API_KEY provides it too.',
        'explore',
      ),
    ),
  DECKGL_BASE_MAP: z
    .array(z.tuple([text, text]), { error: 'an array of [style URL, label] pairs' })
    .nullable()
    .default(null)
    .describe(
      describeKey('Base-map styles offered to deck.gl charts, as [url, label].', 'explore'),
    ),
  BABEL_DEFAULT_LOCALE: nonEmptyText
    .default('en')
    .describe(describeKey('Language of the UI when the user chose none.', 'web UI')),
  LANGUAGES: z
    .record(text, z.object({ flag: text, name: text }), {
      error: 'an object of locale codes to { flag, name }',
    })
    .default({})
    .describe(describeKey('Languages offered in the UI (empty: no language menu).', 'web UI')),
  BUG_REPORT_URL: textOrNull
    .default(null)
    .describe(describeKey('"Report a bug" link in the menu.', 'web UI')),
  DOCUMENTATION_URL: textOrNull
    .default(null)
    .describe(describeKey('"Documentation" link in the menu.', 'web UI')),
  TROUBLESHOOTING_LINK: text
    .default('')
    .describe(describeKey('Link shown with database errors.', 'web UI')),
  PERMISSION_INSTRUCTIONS_LINK: text
    .default('')
    .describe(describeKey('Link shown when access is denied.', 'web UI')),
  WELCOME_PAGE_LAST_TAB: z
    .enum(['examples', 'all'])
    .default('all')
    .describe(describeKey('Last tab of the welcome page lists.', 'web UI')),
  SUPERSET_CLIENT_RETRY_ATTEMPTS: nonNegativeInt
    .default(3)
    .describe(describeKey('Times the browser retries a failed API call.', 'web UI')),
  SUPERSET_CLIENT_RETRY_DELAY: nonNegativeInt
    .default(1000)
    .describe(describeKey('Milliseconds before the first retry.', 'web UI')),
  SUPERSET_CLIENT_RETRY_BACKOFF_MULTIPLIER: positiveInt
    .default(2)
    .describe(describeKey('Factor applied to the delay after each retry.', 'web UI')),
  SUPERSET_CLIENT_RETRY_MAX_DELAY: nonNegativeInt
    .default(10_000)
    .describe(describeKey('Longest delay between retries, in milliseconds.', 'web UI')),
  SUPERSET_CLIENT_RETRY_JITTER_MAX: nonNegativeInt
    .default(1000)
    .describe(describeKey('Largest random delay added to a retry, in milliseconds.', 'web UI')),
  SUPERSET_CLIENT_RETRY_STATUS_CODES: z
    .array(positiveInt, { error: 'an array of HTTP status codes' })
    .default([502, 503, 504])
    .describe(describeKey('HTTP statuses that make the browser retry.', 'web UI')),
};
