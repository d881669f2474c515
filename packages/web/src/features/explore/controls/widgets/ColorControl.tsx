import { Button, ColorPicker } from 'antd';
import type { SimpleControl } from '../../../../visualizations';
import type { ControlWidgetProps } from './control-widget-props';
import { readRgbaColor, rgbaCss } from './rgba-color';

/**
 * The `color` control: one colour, stored as Superset does (`{r, g, b, a}`). The picker
 * opens from a button showing the colour, so keyboards and screen readers reach it.
 */
export function ColorControl({ control, value, onChange }: ControlWidgetProps<SimpleControl>) {
  const color = readRgbaColor(value);
  const css = color ? rgbaCss(color) : undefined;
  return (
    <ColorPicker
      value={css}
      format="rgb"
      onChangeComplete={(next) => {
        const { r, g, b, a } = next.toRgb();
        onChange({ r, g, b, a });
      }}
    >
      <Button
        aria-label={control.label}
        icon={
          <span
            aria-hidden
            style={{
              display: 'inline-block',
              width: 16,
              height: 16,
              borderRadius: 2,
              border: '1px solid #e0e0e0',
              background: css ?? 'transparent',
            }}
          />
        }
      >
        {css ?? 'No colour'}
      </Button>
    </ColorPicker>
  );
}
