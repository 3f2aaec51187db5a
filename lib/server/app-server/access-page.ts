import { SIGN_IN_PATH, SIGN_OUT_PATH } from "@/lib/api/access-paths";

const escapes: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => escapes[character] ?? "");
}

/** The page's own script and styles only: it is what a stranger sees, so it loads nothing else. */
export const SIGN_IN_PAGE_POLICY =
  "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

const styles = `
  :root { color-scheme: dark; }
  body { margin: 0; min-height: 100vh; display: grid; place-items: center; background: #09090b; color: #e4e4e7;
    font: 14px/1.5 ui-sans-serif, system-ui, sans-serif; }
  form { width: min(22rem, calc(100vw - 2rem)); display: grid; gap: 0.75rem; padding: 1.5rem; border: 1px solid #27272a;
    border-radius: 0.75rem; background: #18181b; }
  h1 { margin: 0; font-size: 1rem; font-weight: 600; }
  p { margin: 0; color: #a1a1aa; }
  label { font-weight: 500; }
  input { padding: 0.5rem 0.625rem; border: 1px solid #3f3f46; border-radius: 0.375rem; background: #09090b; color: inherit;
    font: 13px ui-monospace, monospace; }
  button { padding: 0.5rem; border: 0; border-radius: 0.375rem; background: #047857; color: #fff; font: inherit; font-weight: 500;
    cursor: pointer; }
  [role="alert"] { color: #fca5a5; }
  [role="status"] { color: #6ee7b7; }
  a { justify-self: center; color: #a1a1aa; }
`;

// A permalink's state is in its fragment, which no request carries: the page adds it to where it returns.
const keepFragment = `
  const next = document.querySelector('input[name="next"]');
  if (location.hash && !next.value.includes("#")) next.value += location.hash;
`;

/** The page around an access form: the app's name, the form, and its script, if it has one. */
function accessPage(title: string, form: string, script = ""): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} · Responses Playground</title>
<style>${styles}</style>
</head>
<body>
<main>
${form}
</main>
${script ? `<script>${script}</script>` : ""}
</body>
</html>
`;
}

const paragraph = (role: string, text: string | undefined) =>
  text ? `<p role="${role}">${escapeHtml(text)}</p>\n` : "";

/** The sign-in form of a playground with an access token: where to return after it, and what went wrong or happened, if anything. */
export function signInPage({
  next,
  problem,
  notice,
}: {
  next: string;
  problem?: string;
  notice?: string;
}): string {
  return accessPage(
    "Sign in",
    `<form method="post" action="${SIGN_IN_PATH}">
<h1>Responses Playground</h1>
<p>This playground is private: enter its access token to continue.</p>
${paragraph("status", notice)}<label for="token">Access token</label>
<input id="token" name="token" type="password" autocomplete="current-password" required autofocus>
<input type="hidden" name="next" value="${escapeHtml(next)}">
${paragraph("alert", problem)}<button type="submit">Continue</button>
</form>`,
    keepFragment,
  );
}

/** Asks before signing out, for a sign-out address opened directly: only the form's POST signs out. */
export function signOutPage(problem?: string): string {
  return accessPage(
    "Sign out",
    `<form method="post" action="${SIGN_OUT_PATH}">
<h1>Responses Playground</h1>
<p>Sign this browser out of the playground? Its access token will be needed again.</p>
${paragraph("alert", problem)}<button type="submit">Sign out</button>
<a href="/">Stay signed in</a>
</form>`,
  );
}
