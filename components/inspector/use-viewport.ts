import { useEffect, useState, type RefObject } from "react";

export interface Viewport {
  top: number;
  height: number;
}

/** A scroll container's scroll position and height, read when it scrolls or resizes (never during render). */
export function useViewport(scroller: RefObject<HTMLElement | null>): Viewport {
  const [viewport, setViewport] = useState<Viewport>({ top: 0, height: 0 });
  useEffect(() => {
    const element = scroller.current;
    if (!element) return;
    const read = () =>
      setViewport((current) =>
        current.top === element.scrollTop &&
        current.height === element.clientHeight
          ? current
          : { top: element.scrollTop, height: element.clientHeight },
      );
    element.addEventListener("scroll", read, { passive: true });
    // A ResizeObserver reports once as soon as it observes, so this also reads the first size.
    const observer = new ResizeObserver(read);
    observer.observe(element);
    return () => {
      element.removeEventListener("scroll", read);
      observer.disconnect();
    };
  }, [scroller]);
  return viewport;
}
