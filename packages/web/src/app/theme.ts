import type { ThemeConfig } from 'antd';

/** Superset's brand colour. */
export const PRIMARY_COLOR = '#20a7c9';

/** Header height in pixels, shared by the navigation bar and the pages that fill the viewport. */
export const HEADER_HEIGHT = 56;

const FONT_STACK =
  "Inter, -apple-system, BlinkMacSystemFont, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, 'Noto Sans', 'Liberation Sans', sans-serif";

/** The antd theme: Superset's palette, a compact white header and 4px corners. */
export const supersetTheme: ThemeConfig = {
  token: {
    colorPrimary: PRIMARY_COLOR,
    colorInfo: PRIMARY_COLOR,
    colorLink: PRIMARY_COLOR,
    colorSuccess: '#5ac189',
    colorWarning: '#fcc700',
    colorError: '#e04355',
    colorTextBase: '#333333',
    colorBgLayout: '#f7f7f7',
    colorBorderSecondary: '#e0e0e0',
    fontFamily: FONT_STACK,
    fontSize: 14,
    borderRadius: 4,
  },
  components: {
    Layout: {
      headerBg: '#ffffff',
      headerHeight: HEADER_HEIGHT,
      headerPadding: '0 16px',
      bodyBg: '#f7f7f7',
    },
    Menu: {
      horizontalLineHeight: `${HEADER_HEIGHT - 1}px`,
      itemBg: 'transparent',
    },
    Card: {
      headerFontSize: 16,
    },
  },
};
