/**
 * office.js (o15apptofilemappingtable.js) creates a logging endpoint on load that, 3 s later, appends a hidden
 * iframe to https://telemetryservice.firstpartyapps.oaspapps.com/…/telemetryproxy.html and posts its logs
 * there — in a plain browser as well as inside Office. Our CSP (`frame-src 'none'`) already stops the frame
 * from loading, but the attempt still logs a CSP violation, and the add-in promises no telemetry at all.
 * So once office.js is initialised (Office.onReady has answered, well before the 3 s timer), turn the frame
 * loader into a no-op. Guarded: if a future office.js has no such endpoint, nothing happens (the CSP still
 * holds, and the browser test that waits past 3 s would report the attempt).
 */
interface UlsEndpoint {
  proxyFrame: unknown;
  loadProxyFrame: () => void;
}

export function disableOfficeTelemetryFrame(win: Window = window): boolean {
  const osf = (win as unknown as { OSF?: { Logger?: { ulsEndpoint?: UlsEndpoint | null } } }).OSF;
  const endpoint = osf?.Logger?.ulsEndpoint;
  if (!endpoint || typeof endpoint.loadProxyFrame !== "function") return false;
  if (endpoint.proxyFrame == null) endpoint.loadProxyFrame = () => undefined;
  return true;
}
