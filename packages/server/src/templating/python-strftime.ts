const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

const pad = (value: number, width = 2) => String(value).padStart(width, '0');

/**
 * Python's `datetime.strftime` for a UTC moment, with the common directives (`%Y %m %d %H %M
 * %S %f %y %j %b %B %a %A %I %p %z %Z %%`). Other directives are kept as written.
 */
export function pythonStrftime(date: Date, format: string): string {
  return format.replace(/%([a-zA-Z%])/g, (directive, code: string) => {
    const hours = date.getUTCHours();
    switch (code) {
      case 'Y':
        return pad(date.getUTCFullYear(), 4);
      case 'y':
        return pad(date.getUTCFullYear() % 100);
      case 'm':
        return pad(date.getUTCMonth() + 1);
      case 'd':
        return pad(date.getUTCDate());
      case 'H':
        return pad(hours);
      case 'I':
        return pad(hours % 12 === 0 ? 12 : hours % 12);
      case 'p':
        return hours < 12 ? 'AM' : 'PM';
      case 'M':
        return pad(date.getUTCMinutes());
      case 'S':
        return pad(date.getUTCSeconds());
      case 'f':
        return `${pad(date.getUTCMilliseconds(), 3)}000`;
      case 'j':
        return pad(dayOfYear(date), 3);
      case 'b':
        return (MONTHS[date.getUTCMonth()] ?? '').slice(0, 3);
      case 'B':
        return MONTHS[date.getUTCMonth()] ?? '';
      case 'a':
        return (WEEKDAYS[date.getUTCDay()] ?? '').slice(0, 3);
      case 'A':
        return WEEKDAYS[date.getUTCDay()] ?? '';
      case 'z':
        return '+0000';
      case 'Z':
        return 'UTC';
      case '%':
        return '%';
      default:
        return directive;
    }
  });
}

function dayOfYear(date: Date): number {
  const start = Date.UTC(date.getUTCFullYear(), 0, 1);
  return Math.floor((date.getTime() - start) / 86_400_000) + 1;
}
