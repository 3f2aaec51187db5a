"use client";

import { lazy, Suspense, type ReactNode } from "react";
import { Button } from "./button";
import { useLoadOnFirstPress } from "./use-load-on-first-press";

export interface MenuChoice {
  label: string;
  onSelect: () => void;
}

export interface ChoiceMenuProps {
  /** The button's content, which is also its accessible name. */
  label: ReactNode;
  choices: readonly MenuChoice[];
  align: "start" | "end";
}

const loadContent = () => import("./choice-menu-content");
// The menu library is not part of the first screen.
const ChoiceMenuContent = lazy(() =>
  loadContent().then((module) => ({ default: module.ChoiceMenuContent })),
);

/** A button that opens a menu of choices; until first pressed it is a plain button. */
export function ChoiceMenu(props: ChoiceMenuProps) {
  const { pressed, buttonProps } = useLoadOnFirstPress(loadContent);
  const plain = (
    <Button
      variant="ghost"
      size="sm"
      aria-haspopup="menu"
      aria-expanded={false}
      {...buttonProps}
    >
      {props.label}
    </Button>
  );
  if (!pressed) return plain;
  return (
    <Suspense fallback={plain}>
      <ChoiceMenuContent {...props} />
    </Suspense>
  );
}
