"use client";

import { Share2 } from "lucide-react";
import { lazy, Suspense } from "react";
import { Button } from "@/components/ui/button";
import { useLoadOnFirstPress } from "@/components/ui/use-load-on-first-press";

const loadDialog = () => import("./share-dialog");
// The dialog library is not part of the first screen.
const ShareDialog = lazy(() =>
  loadDialog().then((module) => ({ default: module.ShareDialog })),
);

/** "Share" in the composer; the dialog with the link loads and opens when it is first pressed. */
export function ShareButton() {
  const { pressed, buttonProps } = useLoadOnFirstPress(loadDialog);
  const plain = (
    <Button variant="ghost" size="sm" aria-haspopup="dialog" {...buttonProps}>
      <Share2 /> Share
    </Button>
  );
  if (!pressed) return plain;
  return (
    <Suspense fallback={plain}>
      <ShareDialog />
    </Suspense>
  );
}
