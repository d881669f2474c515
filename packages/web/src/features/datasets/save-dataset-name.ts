function twoDigits(value: number): string {
  return String(value).padStart(2, '0');
}

/** Superset's suggested name for a dataset saved from SQL Lab: the tab's name and the time. */
export function suggestedDatasetName(tabName: string | null, now: Date): string {
  const date = `${twoDigits(now.getMonth() + 1)}/${twoDigits(now.getDate())}/${now.getFullYear()}`;
  const time = `${twoDigits(now.getHours())}:${twoDigits(now.getMinutes())}:${twoDigits(now.getSeconds())}`;
  return `${(tabName ?? '').trim() || 'Untitled'} ${date} ${time}`;
}
