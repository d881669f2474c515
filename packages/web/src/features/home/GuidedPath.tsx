import { CheckCircleFilled, CloseOutlined } from '@ant-design/icons';
import { Button, Card, Space, Steps, Typography } from 'antd';
import styles from './WelcomePage.module.css';
import { useGuidedPathDismissal } from './guided-path-dismissal';
import { useFirstSteps, type ExampleDashboardLink } from './useFirstSteps';

function ExampleDashboards({ examples }: { examples: readonly ExampleDashboardLink[] }) {
  if (examples.length === 0) return null;
  return (
    <Typography.Paragraph className={styles.examples}>
      <Typography.Text strong>Explore the example dashboards: </Typography.Text>
      <Space size={4} split="·" wrap>
        {examples.map((example) => (
          <Typography.Link key={example.href} href={example.href}>
            {example.title}
          </Typography.Link>
        ))}
      </Space>
    </Typography.Paragraph>
  );
}

/**
 * "Get started": a new user's four first steps, each ticked once done, until all are done or
 * the user dismisses it.
 */
export function GuidedPath({ userId }: { userId: number }) {
  const { isDismissed, dismiss } = useGuidedPathDismissal();
  const { isPending, steps, examples } = useFirstSteps(userId);
  if (isDismissed || isPending || steps.every((step) => step.isDone)) return null;
  const current = steps.findIndex((step) => !step.isDone);
  return (
    <Card
      title="Get started with Superset"
      size="small"
      extra={
        <Button type="text" size="small" icon={<CloseOutlined />} onClick={dismiss}>
          Dismiss
        </Button>
      }
    >
      <Steps
        size="small"
        items={steps.map((step, index) => ({
          status: step.isDone ? 'finish' : index === current ? 'process' : 'wait',
          icon: step.isDone ? <CheckCircleFilled aria-label="Done" /> : undefined,
          title: (
            <Typography.Link
              href={step.href}
              aria-label={`${step.title}${step.isDone ? ' (done)' : ''}`}
            >
              {step.title}
            </Typography.Link>
          ),
          description: step.description,
        }))}
      />
      <ExampleDashboards examples={examples} />
    </Card>
  );
}
