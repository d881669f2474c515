import {
  AmazonOutlined,
  AppleOutlined,
  FacebookOutlined,
  GithubOutlined,
  GitlabOutlined,
  GoogleOutlined,
  IdcardOutlined,
  KeyOutlined,
  LinkedinOutlined,
  LoginOutlined,
  SlackOutlined,
  TwitterOutlined,
  WindowsOutlined,
} from '@ant-design/icons';
import type { ComponentType } from 'react';

type IconComponent = ComponentType<{ 'aria-hidden'?: boolean }>;

/** Font Awesome names used in OAUTH_PROVIDERS `icon` (without `fa-`), by antd icon. */
const ICONS: Readonly<Record<string, IconComponent>> = {
  amazon: AmazonOutlined,
  aws: AmazonOutlined,
  apple: AppleOutlined,
  facebook: FacebookOutlined,
  github: GithubOutlined,
  gitlab: GitlabOutlined,
  google: GoogleOutlined,
  'address-card': IdcardOutlined,
  'id-card': IdcardOutlined,
  key: KeyOutlined,
  linkedin: LinkedinOutlined,
  slack: SlackOutlined,
  twitter: TwitterOutlined,
  windows: WindowsOutlined,
  microsoft: WindowsOutlined,
};

/**
 * The antd icon for a provider's configured icon (Superset configs name Font Awesome icons,
 * e.g. "fa-google"), or a generic sign-in icon when none matches.
 */
export function oauthProviderIcon(icon: string | null): IconComponent {
  const name = (icon ?? '')
    .toLowerCase()
    .replace(/^fa[a-z]?[- ]/, '')
    .replace(/^fa-/, '');
  return Object.hasOwn(ICONS, name) ? (ICONS[name] ?? LoginOutlined) : LoginOutlined;
}
