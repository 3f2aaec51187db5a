"use client";

import { useEffect, useState } from "react";
import { clsx } from "clsx";
import {
  highlightToHtml,
  type CodeLanguage,
} from "@/lib/highlight/highlighter";

/** Code shown as plain text at once and highlighted when shiki has loaded. */
export function HighlightedCode({
  code,
  language,
  className,
}: {
  code: string;
  language: CodeLanguage;
  className?: string;
}) {
  const [highlighted, setHighlighted] = useState<{
    code: string;
    html: string;
  } | null>(null);
  useEffect(() => {
    let current = true;
    highlightToHtml(code, language).then(
      (html) => current && setHighlighted({ code, html }),
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [code, language]);
  const classes = clsx(
    "overflow-auto font-mono text-[12px] leading-5 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-sky-500 [&_pre]:!bg-transparent [&_pre]:p-0",
    className,
  );
  // A tab stop, so a keyboard can scroll code wider or taller than its box.
  if (highlighted?.code === code) {
    return (
      <div
        tabIndex={0}
        className={classes}
        dangerouslySetInnerHTML={{ __html: highlighted.html }}
      />
    );
  }
  return (
    <div tabIndex={0} className={classes}>
      <pre className="text-zinc-300">{code}</pre>
    </div>
  );
}
