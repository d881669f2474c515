import { Alert, Empty, Spin } from 'antd';
import type { ControlValidationError } from './control-panel';
import styles from './SuperChart.module.css';

/** Why a chart shows a message instead of itself. */
export type ChartMessageState =
  | { kind: 'loading' }
  | { kind: 'incomplete'; errors: readonly ControlValidationError[] }
  | { kind: 'query-error'; message: string }
  | { kind: 'render-error'; message: string }
  | { kind: 'no-results' }
  | { kind: 'unknown-type'; vizType: string };

/** The message a chart area shows while loading, on a failure, or when there is nothing to draw. */
export function ChartMessage({ state }: { state: ChartMessageState }) {
  switch (state.kind) {
    case 'loading':
      return (
        <div className={styles.message} role="status" aria-label="Loading chart">
          <Spin />
        </div>
      );
    case 'incomplete':
      return (
        <div className={styles.message}>
          <Alert
            type="info"
            showIcon
            message="Add required control values to preview chart"
            description={
              <ul className={styles.list}>
                {state.errors.map((error) => (
                  <li key={error.control}>{error.message}</li>
                ))}
              </ul>
            }
          />
        </div>
      );
    case 'query-error':
      return (
        <div className={styles.message}>
          <Alert
            type="error"
            showIcon
            message="The chart's query failed"
            description={state.message}
          />
        </div>
      );
    case 'render-error':
      return (
        <div className={styles.message}>
          <Alert
            type="error"
            showIcon
            message="The chart could not be drawn"
            description={state.message}
          />
        </div>
      );
    case 'no-results':
      return (
        <div className={styles.message}>
          <Empty
            description={
              <>
                <strong>No results were returned for this query</strong>
                <div>
                  Make sure that the controls are configured properly and the datasource contains
                  data for the selected time range.
                </div>
              </>
            }
          />
        </div>
      );
    case 'unknown-type':
      return (
        <div className={styles.message}>
          <Alert
            type="warning"
            showIcon
            message={`This chart type (${state.vizType || 'none'}) is not available.`}
          />
        </div>
      );
  }
}
