import { Avatar, Tooltip, Typography } from 'antd';
import { ownerFullName, ownerInitials, type OwnerPerson } from './owner-person';

/**
 * A list row's owners as initials, three at most, each named in a tooltip and, all together,
 * for screen readers; a dash when nobody owns the row.
 */
export function OwnerAvatars({ owners }: { owners: readonly OwnerPerson[] }) {
  if (owners.length === 0) return <Typography.Text type="secondary">–</Typography.Text>;
  return (
    // antd's Avatar.Group drops aria-* props, so the names go on a wrapping group.
    <span role="group" aria-label={owners.map(ownerFullName).join(', ')}>
      <Avatar.Group max={{ count: 3 }} size="small">
        {owners.map((owner) => (
          <Tooltip key={owner.id} title={ownerFullName(owner)}>
            <Avatar size="small" style={{ backgroundColor: '#20a7c9' }}>
              {ownerInitials(owner)}
            </Avatar>
          </Tooltip>
        ))}
      </Avatar.Group>
    </span>
  );
}
