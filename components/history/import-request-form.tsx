"use client";

import { FileInput } from "lucide-react";
import { useRouter } from "next/navigation";
import { useId, useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { Label, Textarea } from "@/components/ui/form-controls";
import { draftFromRequest } from "@/lib/request/draft-from-request";
import { readPastedRequest } from "@/lib/request/request-text";
import { forkIntoComposer } from "@/lib/run/thread-origin";
import { UpstreamSelect, useUpstreamChoice } from "./upstream-select";

/** Loads a pasted request body or curl command into the composer, to edit and send again. */
export function ImportRequestForm() {
  const router = useRouter();
  const choice = useUpstreamChoice();
  const [text, setText] = useState("");
  const [problem, setProblem] = useState<string | null>(null);
  const upstreamField = useId();
  const textField = useId();
  const problemId = useId();

  const open = (event: FormEvent) => {
    event.preventDefault();
    const pasted = readPastedRequest(text);
    if (!pasted.ok) {
      setProblem(pasted.message);
      return;
    }
    forkIntoComposer(
      draftFromRequest(pasted.body, choice.upstream),
      "Imported request",
    );
    router.push("/");
  };

  return (
    <form onSubmit={open} className="flex min-h-0 flex-1 flex-col gap-3">
      <UpstreamSelect id={upstreamField} choice={choice} />
      <div className="flex min-h-0 flex-1 flex-col gap-1">
        <Label htmlFor={textField}>Request body or curl command</Label>
        <Textarea
          id={textField}
          value={text}
          onChange={(event) => {
            setText(event.target.value);
            setProblem(null);
          }}
          placeholder={`{"model": "gpt-5", "input": "Hello"}\n\ncurl https://api.openai.com/v1/responses -d '{...}'`}
          spellCheck={false}
          aria-invalid={problem !== null}
          aria-describedby={problem === null ? undefined : problemId}
          className="min-h-72 flex-1 font-mono text-xs"
        />
      </div>
      {problem === null ? null : (
        <p id={problemId} role="alert" className="text-sm text-rose-300">
          {problem}
        </p>
      )}
      <Button type="submit" variant="primary" className="self-start">
        <FileInput /> Open in the playground
      </Button>
    </form>
  );
}
