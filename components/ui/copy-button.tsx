"use client";

import { Check, Copy } from "lucide-react";
import { useState } from "react";
import { Button } from "./button";

/** Copies text to the clipboard and confirms it for a moment. */
export function CopyButton({
  text,
  label,
}: {
  text: string | (() => string);
  label: string;
}) {
  const [copied, setCopied] = useState(false);
  async function copy() {
    await navigator.clipboard.writeText(
      typeof text === "function" ? text() : text,
    );
    setCopied(true);
    setTimeout(() => setCopied(false), 1500);
  }
  return (
    <Button
      variant="ghost"
      size="icon"
      aria-label={copied ? `${label} (copied)` : label}
      title={label}
      onClick={() => void copy()}
    >
      {copied ? <Check className="text-emerald-400" /> : <Copy />}
    </Button>
  );
}
