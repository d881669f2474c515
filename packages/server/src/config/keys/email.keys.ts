import { describeKey } from './capabilities.js';
import { bool, nonEmptyText, nonNegativeInt, port, textOrNull } from './value-schemas.js';

/** Outgoing e-mail (SMTP) and Slack, used by reports and alerts. */
export const emailKeys = {
  SMTP_HOST: nonEmptyText
    .default('localhost')
    .describe(describeKey('SMTP server host name.', 'reports/alerts')),
  SMTP_PORT: port.default(25).describe(describeKey('SMTP server port.', 'reports/alerts')),
  SMTP_STARTTLS: bool
    .default(true)
    .describe(describeKey('Upgrade the SMTP connection with STARTTLS.', 'reports/alerts')),
  SMTP_SSL: bool
    .default(false)
    .describe(describeKey('Connect to the SMTP server over TLS from the start.', 'reports/alerts')),
  SMTP_SSL_SERVER_AUTH: bool
    .default(false)
    .describe(describeKey('Verify the SMTP server certificate.', 'reports/alerts')),
  SMTP_USER: textOrNull
    .default('superset')
    .describe(describeKey('SMTP user name (null: no login).', 'reports/alerts')),
  SMTP_PASSWORD: textOrNull
    .default('superset')
    .describe(describeKey('SMTP password.', 'reports/alerts')),
  SMTP_MAIL_FROM: nonEmptyText
    .default('superset@superset.com')
    .describe(describeKey('Sender address of e-mails.', 'reports/alerts')),
  SLACK_API_TOKEN: textOrNull
    .default(null)
    .describe(describeKey('Slack bot token used to post reports.', 'reports/alerts')),
  SLACK_PROXY: textOrNull
    .default(null)
    .describe(describeKey('HTTP proxy URL for calls to Slack.', 'reports/alerts')),
  SLACK_CACHE_TIMEOUT: nonNegativeInt
    .default(24 * 60 * 60)
    .describe(describeKey('Seconds the list of Slack channels is cached.', 'reports/alerts')),
  SLACK_API_RATE_LIMIT_RETRY_COUNT: nonNegativeInt
    .default(2)
    .describe(describeKey('Retries when Slack answers "rate limited".', 'reports/alerts')),
};
