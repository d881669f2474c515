import { ROOT_ID, type NativeFilter, type NativeFilterDivider } from '@superset-ts/shared';

const ID_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

function randomSuffix(length = 10): string {
  const bytes = crypto.getRandomValues(new Uint8Array(length));
  return Array.from(bytes, (byte) => ID_ALPHABET[byte % ID_ALPHABET.length]).join('');
}

/** A new native filter id, as Superset makes them (`NATIVE_FILTER-<random>`). */
export function newNativeFilterId(): string {
  return `NATIVE_FILTER-${randomSuffix()}`;
}

/** A new divider id (`NATIVE_FILTER_DIVIDER-<random>`). */
export function newDividerId(): string {
  return `NATIVE_FILTER_DIVIDER-${randomSuffix()}`;
}

/** A new value filter with Superset's defaults, on every chart, without a dataset yet. */
export function newNativeFilter(): NativeFilter {
  return {
    id: newNativeFilterId(),
    type: 'NATIVE_FILTER',
    name: '',
    filterType: 'filter_select',
    targets: [{}],
    defaultDataMask: { extraFormData: {}, filterState: {} },
    controlValues: {
      multiSelect: true,
      enableEmptyFilter: false,
      inverseSelection: false,
      sortAscending: true,
    },
    cascadeParentIds: [],
    scope: { rootPath: [ROOT_ID], excluded: [] },
    description: '',
  };
}

/** A new divider. */
export function newDivider(): NativeFilterDivider {
  return { id: newDividerId(), type: 'DIVIDER', title: '', description: '' };
}
