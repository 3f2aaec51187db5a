import { createHash, createHmac, timingSafeEqual } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import { SIGN_IN_PATH, SIGN_OUT_PATH } from "@/lib/api/access-paths";
import { playgroundError } from "@/lib/api/api-error";
import { sendReply } from "@/lib/engine/http/node-adapter";
import { SIGN_IN_PAGE_POLICY, signInPage, signOutPage } from "./access-page";
import {
  bearerToken,
  cookieValue,
  readForm,
  safeReturnPath,
  wantsPage,
} from "./access-request";
import { clientKey, GuessLimiter } from "./guess-limiter";

export type Listener = (
  request: IncomingMessage,
  response: ServerResponse,
) => void;

export const ACCESS_COOKIE = "playground_access";
const COOKIE_MAX_AGE_SECONDS = 30 * 24 * 60 * 60;
const sha256 = (text: string) => createHash("sha256").update(text).digest();

/** Compares digests, so neither the time taken nor a length mismatch says how much of a guess was right. */
function sameSecret(given: string | undefined, expected: Buffer): boolean {
  return given !== undefined && timingSafeEqual(sha256(given), expected);
}

/** A token a client gave: right or wrong (and counted), or not checked, since the client has to wait first. */
type TokenCheck = { right: boolean } | { waitSeconds: number };

/** What a client that has spent its guesses is told, with the whole seconds it has to wait. */
const tooManyGuesses = (seconds: number) =>
  `Too many wrong access tokens from your address: try again in ${seconds} s.`;

function sendPage(
  response: ServerResponse,
  status: number,
  page: string,
  headers: Record<string, string> = {},
): void {
  response.writeHead(status, {
    "content-type": "text/html; charset=utf-8",
    "cache-control": "no-store",
    "content-security-policy": SIGN_IN_PAGE_POLICY,
    "content-length": String(Buffer.byteLength(page)),
    ...headers,
  });
  response.end(page);
}

/** The access cookie's header, `Secure` only over HTTPS (directly or behind a proxy that says so) so plain http://localhost works. */
function accessCookie(
  request: IncomingMessage,
  value: string,
  maxAgeSeconds: number,
): string {
  const secure =
    "encrypted" in request.socket ||
    request.headers["x-forwarded-proto"] === "https";
  return `${ACCESS_COOKIE}=${value}; Path=/; Max-Age=${maxAgeSeconds}; HttpOnly; SameSite=Lax${secure ? "; Secure" : ""}`;
}

/**
 * Forgets this browser's access cookie. Only a POST from this site signs out, so neither a prefetch, a link nor
 * another site's form can; it needs no sign-in, since clearing a cookie one lacks changes nothing.
 */
function signOut(request: IncomingMessage, response: ServerResponse): void {
  request.resume();
  if (request.method === "GET" || request.method === "HEAD") {
    sendPage(response, 200, signOutPage());
    return;
  }
  if (request.method !== "POST") {
    sendPage(response, 405, signOutPage(), { allow: "GET, HEAD, POST" });
    return;
  }
  if (request.headers["sec-fetch-site"] === "cross-site") {
    sendPage(
      response,
      403,
      signOutPage("Another site cannot sign you out of this playground."),
    );
    return;
  }
  response.writeHead(303, {
    location: `${SIGN_IN_PATH}?signed-out`,
    "cache-control": "no-store",
    "set-cookie": accessCookie(request, "", 0),
  });
  response.end();
}

/**
 * `PLAYGROUND_ACCESS_TOKEN` in front of the whole app server: every page and API call needs the token, as a
 * bearer token (SDKs, curl) or as the cookie the sign-in form at {@link SIGN_IN_PATH} sets. The cookie holds an
 * HMAC of the token, never the token, and changing the token signs everyone out.
 */
export function accessGate(
  token: string,
  next: Listener,
  limiter = new GuessLimiter(),
): Listener {
  const tokenDigest = sha256(token);
  const cookie = createHmac("sha256", token)
    .update("responses-playground access cookie")
    .digest("base64url");
  const cookieDigest = sha256(cookie);

  /**
   * Checks a token a client gave, counting a wrong one against the client, unless the client has to wait first.
   * Only tokens are limited: the cookie is an HMAC no one can guess.
   */
  function checkToken(request: IncomingMessage, given: string): TokenCheck {
    const client = clientKey(request.socket.remoteAddress);
    const waitMs = limiter.waitMs(client);
    if (waitMs > 0) return { waitSeconds: Math.ceil(waitMs / 1000) };
    const right = sameSecret(given, tokenDigest);
    if (right) limiter.succeeded(client);
    else limiter.missed(client);
    return { right };
  }

  async function signIn(request: IncomingMessage, response: ServerResponse) {
    const form = await readForm(request);
    if (!form) {
      sendPage(
        response,
        413,
        signInPage({
          next: "/",
          problem: "That form was too large to be a sign-in.",
        }),
      );
      return;
    }
    const next = safeReturnPath(form.get("next"));
    const check = checkToken(request, form.get("token") ?? "");
    if ("waitSeconds" in check) {
      sendPage(
        response,
        429,
        signInPage({ next, problem: tooManyGuesses(check.waitSeconds) }),
        { "retry-after": String(check.waitSeconds) },
      );
      return;
    }
    if (!check.right) {
      sendPage(
        response,
        401,
        signInPage({
          next,
          problem: "That is not this playground's access token.",
        }),
      );
      return;
    }
    response.writeHead(303, {
      location: next,
      "cache-control": "no-store",
      "set-cookie": accessCookie(request, cookie, COOKIE_MAX_AGE_SECONDS),
    });
    response.end();
  }

  function serveSignIn(
    request: IncomingMessage,
    response: ServerResponse,
    query: string,
  ) {
    if (request.method === "POST") {
      signIn(request, response).catch(() => response.destroy());
      return;
    }
    if (request.method !== "GET" && request.method !== "HEAD") {
      sendPage(response, 405, signInPage({ next: "/" }), {
        allow: "GET, HEAD, POST",
      });
      return;
    }
    const params = new URLSearchParams(query);
    sendPage(
      response,
      200,
      signInPage({
        next: safeReturnPath(params.get("next")),
        notice: params.has("signed-out") ? "You have signed out." : undefined,
      }),
    );
  }

  return (request, response) => {
    const url = request.url ?? "/";
    const queryStart = url.indexOf("?");
    const path = queryStart === -1 ? url : url.slice(0, queryStart);
    if (path === SIGN_OUT_PATH) return signOut(request, response);
    if (path === SIGN_IN_PATH)
      return serveSignIn(
        request,
        response,
        queryStart === -1 ? "" : url.slice(queryStart + 1),
      );
    if (sameSecret(cookieValue(request, ACCESS_COOKIE), cookieDigest))
      return next(request, response);
    const bearer = bearerToken(request);
    const check =
      bearer === undefined ? { right: false } : checkToken(request, bearer);
    if ("waitSeconds" in check) {
      sendReply(
        playgroundError(
          429,
          "access_token_attempts_exceeded",
          tooManyGuesses(check.waitSeconds),
          {
            type: "rate_limit_error",
            headers: {
              "retry-after": String(check.waitSeconds),
              // An SDK would otherwise wait and send the same wrong token again.
              "x-should-retry": "false",
            },
          },
        ).toReply(),
        response,
      );
      return;
    }
    if (check.right) return next(request, response);
    // A refused call never reaches the app, so it changes nothing.
    if (wantsPage(request, path)) {
      response.writeHead(303, {
        location: `${SIGN_IN_PATH}?next=${encodeURIComponent(safeReturnPath(url))}`,
        "cache-control": "no-store",
      });
      response.end();
      return;
    }
    const given = bearer !== undefined;
    sendReply(
      playgroundError(
        401,
        "access_token_required",
        given
          ? "That is not this playground's access token."
          : `This playground requires its access token: send it as a bearer token (Authorization: Bearer <token>), or sign in at ${SIGN_IN_PATH}.`,
        {
          headers: {
            "www-authenticate": 'Bearer realm="Responses Playground"',
          },
        },
      ).toReply(),
      response,
    );
  };
}
