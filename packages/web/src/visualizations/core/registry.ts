import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import type { AnyChartPlugin, ChartCategory, ChartViewProps } from './chart-plugin';

/** The plugins a page can draw, by viz type. */
export class ChartRegistry {
  private readonly plugins = new Map<string, AnyChartPlugin>();
  private readonly components = new Map<
    string,
    LazyExoticComponent<ComponentType<ChartViewProps<unknown>>>
  >();

  /** Adds a plugin; a second plugin for the same viz type replaces the first. */
  register(plugin: AnyChartPlugin): this {
    this.plugins.set(plugin.vizType, plugin);
    this.components.delete(plugin.vizType);
    return this;
  }

  /** The plugin of a viz type, or undefined when none is registered. */
  findChartPlugin(vizType: string | null | undefined): AnyChartPlugin | undefined {
    return vizType ? this.plugins.get(vizType) : undefined;
  }

  /**
   * The plugin of a viz type.
   *
   * @throws Error naming the viz type when none is registered.
   */
  getChartPlugin(vizType: string): AnyChartPlugin {
    const plugin = this.findChartPlugin(vizType);
    if (!plugin) throw new Error(`There is no visualization of type "${vizType}".`);
    return plugin;
  }

  /** Every plugin, sorted by name (the gallery), optionally of one category. */
  listChartPlugins(category?: ChartCategory): AnyChartPlugin[] {
    return [...this.plugins.values()]
      .filter((plugin) => category === undefined || plugin.category === category)
      .sort((a, b) => a.name.localeCompare(b.name));
  }

  /** The plugin's component, loaded on first render (one lazy component per viz type). */
  getChartComponent(vizType: string): LazyExoticComponent<ComponentType<ChartViewProps<unknown>>> {
    let component = this.components.get(vizType);
    if (!component) {
      const plugin = this.getChartPlugin(vizType);
      component = lazy(() => plugin.loadComponent());
      this.components.set(vizType, component);
    }
    return component;
  }
}
