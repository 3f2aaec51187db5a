"use client";

import { lazy, Suspense, type ComponentProps } from "react";

// Streamdown and its markdown parsers are the largest part of the bundle: they load with the first message, not with the page.
const MarkdownTextModule = lazy(() =>
  import("./markdown-text").then((module) => ({
    default: module.MarkdownText,
  })),
);

type MarkdownTextProps = ComponentProps<typeof MarkdownTextModule>;

/** Output text as markdown; until the renderer has loaded, the same text as plain lines. */
export function MarkdownText(props: MarkdownTextProps) {
  return (
    <Suspense
      fallback={
        <p className="text-sm leading-6 whitespace-pre-wrap text-zinc-200">
          {props.text}
        </p>
      }
    >
      <MarkdownTextModule {...props} />
    </Suspense>
  );
}

/** Starts loading the markdown renderer ahead of the first message, when the browser is idle. */
export function preloadMarkdownText(): void {
  void import("./markdown-text");
}
