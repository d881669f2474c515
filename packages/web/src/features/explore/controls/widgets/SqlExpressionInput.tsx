import { Input } from 'antd';

const SQL_STYLE = { fontFamily: 'Menlo, Consolas, "Liberation Mono", monospace', fontSize: 13 };

/**
 * A box for a SQL expression (a custom metric, column or filter). A plain text area rather
 * than a code editor: these are one-line expressions, typed inside a small popover.
 */
export function SqlExpressionInput({
  label,
  value,
  onChange,
  placeholder,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  placeholder?: string;
}) {
  return (
    <Input.TextArea
      aria-label={label}
      value={value}
      placeholder={placeholder}
      autoSize={{ minRows: 3, maxRows: 10 }}
      spellCheck={false}
      style={SQL_STYLE}
      onChange={(event) => onChange(event.target.value)}
    />
  );
}
