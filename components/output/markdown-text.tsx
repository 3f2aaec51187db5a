"use client";

import { code } from "@streamdown/code";
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

/** Output text as markdown, tolerant of half-finished blocks while it streams; code blocks highlighted. */
export function MarkdownText({
  text,
  streaming,
}: {
  text: string;
  streaming: boolean;
}) {
  return (
    <Streamdown
      className={MARKDOWN_TEXT_CLASS}
      plugins={plugins}
      isAnimating={streaming}
      BlockComponent={MarkdownBlock}
      shikiTheme={shikiTheme}
    >
      {text}
    </Streamdown>
  );
}
