import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { DASHBOARD_CSS_SCOPE_CLASS, DashboardCss } from './DashboardCss';

describe('DashboardCss', () => {
  it('puts the CSS on the page scoped to the dashboard container, without imports', () => {
    const { container } = render(
      <DashboardCss
        css={'@import url(https://evil.test/a.css);\nbody { color: red } .chart { margin: 0 }'}
      />,
    );
    expect(container.querySelector('style')?.textContent).toBe(
      `.${DASHBOARD_CSS_SCOPE_CLASS} { color: red }\n.${DASHBOARD_CSS_SCOPE_CLASS} .chart { margin: 0 }`,
    );
  });

  it('renders nothing without CSS', () => {
    const { container } = render(<DashboardCss css={null} />);
    expect(container.querySelector('style')).toBeNull();
  });
});
