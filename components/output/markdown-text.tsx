"use client";

import { code } from "@streamdown/code";
import { useEffect, useRef, type RefObject } from "react";
import {
  Block,
  Streamdown,
  type BlockProps,
  type StreamdownProps,
} from "streamdown";
import { MARKDOWN_TEXT_CLASS, plainParagraph } from "./plain-paragraph";

const plugins = { code };
// One array for every render: a new one each time changes Streamdown's context, which every code block reads.
const shikiTheme: StreamdownProps["shikiTheme"] = [
  "github-dark-default",
  "github-dark-default",
];

/**
 * One block of the message: a plain paragraph is rendered as the parser would render it, without
 * parsing it, because a long paragraph that grows with every frame would be parsed again each time.
 */
export function MarkdownBlock(props: BlockProps) {
  const plain = plainParagraph(props.content);
  return plain === null ? <Block {...props} /> : <p>{plain}</p>;
}

/** The parts of Streamdown's output that scroll sideways: a code block's body and a table's frame. */
const SCROLLERS = [
  '[data-streamdown="code-block-body"]',
  '[data-streamdown="table-wrapper"] > :has(> [data-streamdown="table"])',
]
  .map((selector) => `${selector}:not([tabindex])`)
  .join(", ");

/**
 * Gives every wide code block and table under `root` a tab stop, as it appears: Streamdown's scrolling parts take
 * no focus, so a keyboard in Safari could not scroll them.
 */
function useFocusableScrollers(root: RefObject<HTMLElement | null>) {
  useEffect(() => {
    const element = root.current;
    if (!element) return;
    const mark = () => {
      for (const scroller of element.querySelectorAll<HTMLElement>(SCROLLERS))
        scroller.tabIndex = 0;
    };
    mark();
    // Code blocks are highlighted once shiki loads, after this component's own render.
    const observer = new MutationObserver(mark);
    observer.observe(element, { childList: true, subtree: true });
    return () => observer.disconnect();
  }, [root]);
}

/** Output text as markdown, tolerant of half-finished blocks while it streams; code blocks highlighted. */
export function MarkdownText({
  text,
  streaming,
}: {
  text: string;
  streaming: boolean;
}) {
  const root = useRef<HTMLDivElement>(null);
  useFocusableScrollers(root);
  return (
    <div ref={root} className="contents">
      <Streamdown
        className={MARKDOWN_TEXT_CLASS}
        plugins={plugins}
        isAnimating={streaming}
        BlockComponent={MarkdownBlock}
        shikiTheme={shikiTheme}
      >
        {text}
      </Streamdown>
    </div>
  );
}
