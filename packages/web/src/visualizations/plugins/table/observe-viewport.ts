import type { Rect, Virtualizer } from '@tanstack/react-virtual';

/**
 * A virtualizer's `observeElementRect` that trusts the size the chart was given when the
 * element reports none (before layout, or in a DOM without layout such as jsdom), so the rows
 * in view render from the first frame; the element's own size wins once it has one.
 */
export function observeViewport<S extends HTMLElement, T extends Element>(
  instance: Virtualizer<S, T>,
  onChange: (rect: Rect) => void,
): (() => void) | undefined {
  const element = instance.scrollElement;
  if (!element) return undefined;
  const report = () => {
    const { clientWidth: width, clientHeight: height } = element;
    onChange(
      width > 0 && height > 0
        ? { width, height }
        : (instance.options.initialRect ?? { width: 0, height: 0 }),
    );
  };
  report();
  if (typeof ResizeObserver === 'undefined') return undefined;
  const observer = new ResizeObserver(report);
  observer.observe(element);
  return () => observer.disconnect();
}
