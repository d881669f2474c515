export {
  CATEGORICAL_SCHEMES,
  DEFAULT_CATEGORICAL_SCHEME,
  getCategoricalScheme,
  type CategoricalScheme,
} from './categorical-schemes';
export { createColorScale, type ColorScale } from './color-scale';
export { colorKey, getLabelColors, LabelColors } from './label-colors';
export {
  DEFAULT_SEQUENTIAL_SCHEME,
  getSequentialScheme,
  SEQUENTIAL_SCHEMES,
  sequentialColor,
  type SequentialScheme,
} from './sequential-schemes';
