import { chartRegistry, listChartPlugins } from '../../visualizations';

/**
 * The name a list shows for a viz type: its plugin's name, or the key itself for a type with
 * no plugin here (a chart saved by Superset with a type not built yet).
 */
export function vizTypeName(vizType: string): string {
  return chartRegistry.findChartPlugin(vizType)?.name ?? vizType;
}

/** The Type filter's choices: every registered viz type, by name. */
export function vizTypeOptions(): { value: string; label: string }[] {
  return listChartPlugins().map((plugin) => ({ value: plugin.vizType, label: plugin.name }));
}
