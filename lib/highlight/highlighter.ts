import type { HighlighterCore } from "shiki/core";

export type CodeLanguage = "json" | "shellscript" | "python" | "typescript";

let highlighter: Promise<HighlighterCore> | null = null;

/** Loads shiki on first use only, with just the grammars and theme the playground shows. */
function loadHighlighter(): Promise<HighlighterCore> {
  highlighter ??= (async () => {
    const [{ createHighlighterCore }, { createJavaScriptRegexEngine }] =
      await Promise.all([
        import("shiki/core"),
        import("shiki/engine/javascript"),
      ]);
    return createHighlighterCore({
      themes: [import("shiki/themes/github-dark-default.mjs")],
      langs: [
        import("shiki/langs/json.mjs"),
        import("shiki/langs/shellscript.mjs"),
        import("shiki/langs/python.mjs"),
        import("shiki/langs/typescript.mjs"),
      ],
      engine: createJavaScriptRegexEngine(),
    });
  })();
  return highlighter;
}

/** Highlighted HTML for a snippet; shiki escapes the code, so the HTML is safe to insert. */
export async function highlightToHtml(
  code: string,
  language: CodeLanguage,
): Promise<string> {
  const shiki = await loadHighlighter();
  return shiki.codeToHtml(code, {
    lang: language,
    theme: "github-dark-default",
  });
}
