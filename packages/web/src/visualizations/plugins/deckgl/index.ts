/** The deck.gl map layers (Superset's preset-chart-deckgl): each a plugin of its own. */
export { deckArcPlugin } from './arc';
export { deckGridPlugin } from './grid';
export { deckHeatmapPlugin } from './heatmap';
export { deckHexPlugin } from './hex';
export { deckPathPlugin } from './path';
export { deckPolygonPlugin } from './polygon';
export { deckScatterPlugin } from './scatter';
export { deckScreengridPlugin } from './screengrid';
