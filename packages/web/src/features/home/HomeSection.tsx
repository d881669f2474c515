import { Card, Empty, Typography } from 'antd';

/** One section of the welcome page; until its capability exists it explains what will appear. */
export function HomeSection({
  title,
  emptyTitle,
  emptyHint,
}: {
  title: string;
  emptyTitle: string;
  emptyHint: string;
}) {
  return (
    <Card title={title} size="small">
      <Empty
        image={Empty.PRESENTED_IMAGE_SIMPLE}
        description={
          <>
            <Typography.Text strong>{emptyTitle}</Typography.Text>
            <br />
            <Typography.Text type="secondary">{emptyHint}</Typography.Text>
          </>
        }
      />
    </Card>
  );
}
