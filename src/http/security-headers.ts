/**
 * Content-Security-Policy: nothing may load or run (no script at all), nothing may frame the answer,
 * no form or base URL; `allowed` adds what one answer needs (the page: its style sheet, by hash).
 */
export function contentSecurityPolicy(allowed: Readonly<Record<string, string>> = {}): string {
  const directives = {
    "default-src": "'none'",
    ...allowed,
    "base-uri": "'none'",
    "form-action": "'none'",
    "frame-ancestors": "'none'",
  };
  return Object.entries(directives)
    .map(([name, value]) => `${name} ${value}`)
    .join("; ");
}

/**
 * Sent with every answer of both listeners, errors included (a route may replace the policy).
 * X-Frame-Options for browsers that predate frame-ancestors; no referrer to the sources the page
 * links to. Strict-Transport-Security belongs to the TLS proxy in front (docs/deploy.md).
 */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  "content-security-policy": contentSecurityPolicy(),
  "x-content-type-options": "nosniff",
  "x-frame-options": "DENY",
  "referrer-policy": "no-referrer",
  "cross-origin-resource-policy": "same-origin",
};
