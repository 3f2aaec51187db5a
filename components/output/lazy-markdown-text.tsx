"use client";

import type { ComponentProps } from "react";
import { onDemandModule } from "@/components/ui/on-demand-module";
import type { MarkdownText as MarkdownRenderer } from "./markdown-text";
import {
  MARKDOWN_TEXT_CLASS,
  plainProse,
  STREAMDOWN_ROOT_CLASS,
} from "./plain-paragraph";

// Streamdown and its markdown parsers are the largest part of the bundle: they load with the first message, not with the page.
const markdownRenderer = onDemandModule(() => import("./markdown-text"));

type MarkdownTextProps = ComponentProps<typeof MarkdownRenderer>;

/** Prose without markdown syntax, in the markup the markdown renderer gives it, without loading or running it. */
export function PlainProse({ paragraphs }: { paragraphs: readonly string[] }) {
  return (
    <div className={`${STREAMDOWN_ROOT_CLASS} ${MARKDOWN_TEXT_CLASS}`}>
      {paragraphs.map((paragraph, index) => (
        <p key={index}>{paragraph}</p>
      ))}
    </div>
  );
}

/**
 * Output text as markdown; until the renderer has loaded, the same text as plain lines. Plain prose skips
 * the renderer, whose block splitter would lex the whole text again on every frame of a stream.
 */
export function MarkdownText(props: MarkdownTextProps) {
  const paragraphs = plainProse(props.text);
  const renderer = markdownRenderer.useModule(paragraphs === null);
  if (paragraphs !== null) return <PlainProse paragraphs={paragraphs} />;
  if (!renderer)
    return (
      <p className="text-sm leading-6 whitespace-pre-wrap text-zinc-200">
        {props.text}
      </p>
    );
  return <renderer.MarkdownText {...props} />;
}

/** Starts loading the markdown renderer ahead of the first message that needs it. */
export const preloadMarkdownText = markdownRenderer.preload;
