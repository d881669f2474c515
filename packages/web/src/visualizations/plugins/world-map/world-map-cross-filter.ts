import { isPointSelected, type CrossFilterTarget } from '../../core/cross-filter';
import type { EchartsClickEvent } from '../../echarts/echarts-cross-filter';
import type { WorldMapCountry, WorldMapProps } from './types';

function countryOfEvent(event: EchartsClickEvent): WorldMapCountry | undefined {
  const data = event.data as { country?: WorldMapCountry } | undefined;
  return data?.country;
}

/**
 * What a click on a country (or its bubble) filters: the country column equal to the
 * country's value in the rows (the first spelling when rows wrote it several ways).
 */
export function worldMapTargetOf(
  props: WorldMapProps,
  event: EchartsClickEvent,
): CrossFilterTarget | undefined {
  const country = countryOfEvent(event);
  if (!country || props.entity === undefined || country.entityValues.length === 0) {
    return undefined;
  }
  return { columns: [props.entity], values: [country.entityValues[0]], label: country.name };
}

/** The codes of the countries among the selected values (none when nothing is selected). */
export function selectedCountryCodes(
  props: WorldMapProps,
  selectedValues: readonly unknown[] | null | undefined,
): ReadonlySet<string> | undefined {
  if (!selectedValues || selectedValues.length === 0) return undefined;
  return new Set(
    props.countries
      .filter((country) =>
        country.entityValues.some((value) => isPointSelected(selectedValues, [value])),
      )
      .map((country) => country.code),
  );
}
