"use client";

import { useState } from "react";

/**
 * For a button whose heavy part (a menu, a dialog) is not on the first screen: the code loads when a pointer
 * or focus comes near the button, and `pressed` turns true, for good, when it is first pressed.
 */
export function useLoadOnFirstPress(load: () => Promise<unknown>) {
  const [pressed, setPressed] = useState(false);
  const preload = () => void load();
  return {
    pressed,
    buttonProps: {
      onPointerEnter: preload,
      onFocus: preload,
      onClick: () => setPressed(true),
    },
  };
}
