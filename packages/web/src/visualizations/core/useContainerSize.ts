import { useLayoutEffect, useRef, useState, type RefObject } from 'react';

/** A box's size in pixels. */
export interface Size {
  width: number;
  height: number;
}

/**
 * The size of the element the ref is put on, kept current with a ResizeObserver (rounded
 * down to whole pixels, so sub-pixel changes do not redraw a chart).
 */
export function useContainerSize<T extends HTMLElement>(): [RefObject<T | null>, Size] {
  const ref = useRef<T>(null);
  const [size, setSize] = useState<Size>({ width: 0, height: 0 });

  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return undefined;
    const update = (width: number, height: number) => {
      const next = { width: Math.floor(width), height: Math.floor(height) };
      setSize((previous) =>
        previous.width === next.width && previous.height === next.height ? previous : next,
      );
    };
    update(element.clientWidth, element.clientHeight);
    const observer = new ResizeObserver((entries) => {
      const box = entries[0]?.contentRect;
      if (box) update(box.width, box.height);
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  return [ref, size];
}
