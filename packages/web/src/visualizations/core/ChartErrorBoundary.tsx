import { Component, type ErrorInfo, type ReactNode } from 'react';
import { ChartMessage } from './ChartMessage';

interface ChartErrorBoundaryProps {
  /** A new value (new form data or results) clears a previous failure. */
  resetKey: unknown;
  children: ReactNode;
}

interface ChartErrorBoundaryState {
  error: unknown;
  resetKey: unknown;
}

/** Shows why a chart failed to draw, in the chart's box, instead of breaking the page. */
export class ChartErrorBoundary extends Component<
  ChartErrorBoundaryProps,
  ChartErrorBoundaryState
> {
  override state: ChartErrorBoundaryState = { error: null, resetKey: this.props.resetKey };

  static getDerivedStateFromError(error: unknown): Partial<ChartErrorBoundaryState> {
    return { error: error ?? new Error('Unknown error') };
  }

  static getDerivedStateFromProps(
    props: ChartErrorBoundaryProps,
    state: ChartErrorBoundaryState,
  ): Partial<ChartErrorBoundaryState> | null {
    return props.resetKey === state.resetKey ? null : { error: null, resetKey: props.resetKey };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    console.error('A chart failed to draw', error, info.componentStack);
  }

  override render(): ReactNode {
    if (this.state.error === null) return this.props.children;
    const message = this.state.error instanceof Error ? this.state.error.message : 'Unknown error';
    return <ChartMessage state={{ kind: 'render-error', message }} />;
  }
}
