import type { ControlValidationError } from '../../core/control-panel';
import { validateRequiredControls } from '../../core/control-panel';
import { calendarHeatmapControlPanel } from './controlPanel';
import { cellsPerDomain, isSmallerUnit, MAX_CELLS_PER_DOMAIN } from './time-buckets';
import type { CalendarHeatmapFormData } from './types';

/**
 * The Calendar Heatmap's incomplete controls: the required ones, a subdomain that is not
 * smaller than its domain, or one that would cut a domain into more cells than can be drawn.
 */
export function validateCalendarHeatmap(
  formData: CalendarHeatmapFormData,
): ControlValidationError[] {
  const errors = validateRequiredControls(calendarHeatmapControlPanel, formData);
  const domain = formData.domain_granularity ?? 'month';
  const subdomain = formData.subdomain_granularity ?? 'day';
  if (!isSmallerUnit(subdomain, domain)) {
    errors.push({
      control: 'subdomain_granularity',
      message: `Subdomain must be a smaller time unit than the domain (${subdomain} is not smaller than ${domain}).`,
    });
  } else if (cellsPerDomain(domain, subdomain) > MAX_CELLS_PER_DOMAIN) {
    errors.push({
      control: 'subdomain_granularity',
      message: `A ${domain} holds too many ${subdomain} cells to draw; choose a larger subdomain or a smaller domain.`,
    });
  }
  return errors;
}
