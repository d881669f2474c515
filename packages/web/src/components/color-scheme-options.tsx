import { Flex } from 'antd';
import { CATEGORICAL_SCHEMES, type CategoricalScheme } from '../visualizations';

const SWATCHES = 10;

function SchemeSwatches({ scheme }: { scheme: CategoricalScheme }) {
  return (
    <Flex gap={6} align="center" style={{ minWidth: 0 }}>
      <span style={{ flexShrink: 0 }}>{scheme.label}</span>
      <Flex aria-hidden style={{ overflow: 'hidden' }}>
        {scheme.colors.slice(0, SWATCHES).map((color) => (
          <span key={color} style={{ width: 10, height: 14, background: color, flexShrink: 0 }} />
        ))}
      </Flex>
    </Flex>
  );
}

/**
 * The options of a categorical colour scheme select: each scheme with its name and first
 * colours (searchable by `title`), and `current` first when it names no known scheme.
 */
export function colorSchemeOptions(current: string | undefined) {
  const options = CATEGORICAL_SCHEMES.map((scheme) => ({
    value: scheme.id,
    label: <SchemeSwatches scheme={scheme} />,
    title: scheme.label,
  }));
  if (current && !CATEGORICAL_SCHEMES.some((scheme) => scheme.id === current)) {
    options.unshift({ value: current, label: <span>{current}</span>, title: current });
  }
  return options;
}
