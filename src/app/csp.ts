// The Content-Security-Policy the built index.html carries (vite.config.ts adds it at build time only:
// the dev server needs inline scripts for hot reload). Scripts only from the app's own files; data,
// images and fonts only from the site itself or data: URLs; no plugins, no <base>, no forms.
import { createHash } from "node:crypto";

/**
 * Cytoscape adds this one <style> element to the page (renderer/base, "first so lowest priority").
 * It is allowed by its hash rather than by 'unsafe-inline', so no other inline style can slip in;
 * if a Cytoscape upgrade changes it, the CSP e2e test reports the violation.
 */
export const CYTOSCAPE_STYLE = ".__________cytoscape_container { position: relative; }";

const hash = (text: string) => `'sha256-${createHash("sha256").update(text).digest("base64")}'`;

export const CSP_DIRECTIVES: Record<string, string[]> = {
  "default-src": ["'self'"],
  "script-src": ["'self'"],
  "style-src": ["'self'", hash(CYTOSCAPE_STYLE)],
  "connect-src": ["'self'", "data:"],
  "img-src": ["'self'", "data:"],
  "font-src": ["'self'", "data:"],
  "object-src": ["'none'"],
  "base-uri": ["'none'"],
  "form-action": ["'none'"],
};

export const CONTENT_SECURITY_POLICY = Object.entries(CSP_DIRECTIVES)
  .map(([directive, sources]) => `${directive} ${sources.join(" ")}`)
  .join("; ");
