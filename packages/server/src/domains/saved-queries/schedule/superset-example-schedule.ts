/**
 * Superset's documented SCHEDULED_QUERIES example ("Scheduling queries"), as a config module
 * would set it: start and end dates, an interval, dependencies, the end-after-start rule and
 * a link to the scheduler.
 */
export const SUPERSET_EXAMPLE_SCHEDULED_QUERIES = {
  JSONSCHEMA: {
    title: 'Schedule',
    description: 'When the query should start and stop running, and how often.',
    type: 'object',
    properties: {
      output_table: { type: 'string', title: 'Output table name' },
      start_date: {
        type: 'string',
        title: 'Start date',
        format: 'date-time',
        default: 'tomorrow at 9am',
      },
      end_date: {
        type: 'string',
        title: 'End date',
        format: 'date-time',
        default: '9am in 30 days',
      },
      schedule_interval: { type: 'string', title: 'Schedule interval' },
      dependencies: { type: 'array', title: 'Dependencies', items: { type: 'string' } },
    },
  },
  UISCHEMA: {
    schedule_interval: { 'ui:placeholder': '@daily, @weekly, etc.' },
    dependencies: { 'ui:help': 'Check the documentation for the format of dependencies.' },
  },
  VALIDATION: [
    {
      name: 'less_equal',
      arguments: ['start_date', 'end_date'],
      message: 'End date cannot be before start date',
      container: 'end_date',
    },
  ],
  linkback:
    'https://airflow.example.com/admin/airflow/tree?dag_id=query_${id}_${extra_json.schedule_info.output_table}',
};
