"use client";

import { code } from "@streamdown/code";
import { Streamdown } from "streamdown";

const plugins = { code };

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
      className="prose-playground text-sm leading-6 text-zinc-200"
      plugins={plugins}
      isAnimating={streaming}
      shikiTheme={["github-dark-default", "github-dark-default"]}
    >
      {text}
    </Streamdown>
  );
}
