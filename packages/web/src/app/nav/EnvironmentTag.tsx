import type { Bootstrap } from '@superset-ts/shared';
import { Tag } from 'antd';

type EnvironmentTagConfig = NonNullable<Bootstrap['common']['environment_tag']>;

/**
 * superset_config names colours after theme tokens ("error.base"); antd's Tag knows the
 * same names without the suffix ("error") and also takes any CSS colour.
 */
function toTagColor(color: string): string | undefined {
  const token = /^([a-zA-Z]+)\.base$/.exec(color);
  if (token) return token[1];
  return color === '' ? undefined : color;
}

/** A coloured tag beside the brand that says which environment this is (e.g. "Development"). */
export function EnvironmentTag({ tag }: { tag: EnvironmentTagConfig }) {
  if (tag.text === '') return null;
  return (
    <Tag color={toTagColor(tag.color)} data-testid="environment-tag">
      {tag.text}
    </Tag>
  );
}
