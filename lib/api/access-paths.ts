/** Where a private playground (`PLAYGROUND_ACCESS_TOKEN`) signs a browser in and out; the pages' header links to the second. */
export const SIGN_IN_PATH = "/access";
export const SIGN_OUT_PATH = "/access/sign-out";
