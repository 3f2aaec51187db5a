"use client";

import {
  useCallback,
  useEffect,
  useRef,
  type KeyboardEvent,
  type PointerEvent,
  type WheelEvent,
} from "react";

const threshold = 48;
const upwardKeys = new Set(["ArrowUp", "PageUp", "Home"]);

/**
 * Keeps a scroll container at its bottom while its content grows, until the reader scrolls up;
 * scrolling back to the bottom resumes following. Only the reader's own gestures unpin it, because
 * content that shrinks for a moment (re-highlighted code, re-measured rows) also moves scrollTop.
 */
export function useStickToBottom<T extends HTMLElement>() {
  const scroller = useRef<T>(null);
  const content = useRef<HTMLDivElement>(null);
  const pinned = useRef(true);

  const scrollToBottom = useCallback(() => {
    const element = scroller.current;
    if (element) element.scrollTop = element.scrollHeight;
  }, []);

  const unpin = useCallback(() => {
    pinned.current = false;
  }, []);

  const handlers = {
    onScroll: () => {
      const element = scroller.current;
      if (
        element &&
        element.scrollHeight - element.scrollTop - element.clientHeight <
          threshold
      )
        pinned.current = true;
    },
    onWheel: (event: WheelEvent) => {
      if (event.deltaY < 0) unpin();
    },
    onTouchMove: unpin,
    onKeyDown: (event: KeyboardEvent) => {
      if (upwardKeys.has(event.key)) unpin();
    },
    // A press on the container itself (not its content) is a grab of the scrollbar.
    onPointerDown: (event: PointerEvent) => {
      if (event.target === scroller.current) unpin();
    },
  };

  /** Follow again from now on, e.g. when the reader starts a new turn. */
  const pin = useCallback(() => {
    pinned.current = true;
    scrollToBottom();
  }, [scrollToBottom]);

  useEffect(() => {
    const target = content.current;
    if (!target) return;
    const observer = new ResizeObserver(() => {
      if (pinned.current) scrollToBottom();
    });
    observer.observe(target);
    return () => observer.disconnect();
  }, [scrollToBottom]);

  return { scroller, content, handlers, pin };
}
