import { disableOfficeTelemetryFrame } from "../../src/taskpane/officeTelemetry";

test("turns office.js's telemetry frame loader into a no-op before it fires", () => {
  let framed = 0;
  const endpoint = { proxyFrame: null as unknown, loadProxyFrame: () => void framed++ };
  const win = { OSF: { Logger: { ulsEndpoint: endpoint } } } as unknown as Window;
  expect(disableOfficeTelemetryFrame(win)).toBe(true);
  endpoint.loadProxyFrame();
  expect(framed).toBe(0);
});

test("does nothing when office.js has no such endpoint", () => {
  expect(disableOfficeTelemetryFrame({} as Window)).toBe(false);
  expect(disableOfficeTelemetryFrame({ OSF: { Logger: { ulsEndpoint: null } } } as unknown as Window)).toBe(
    false,
  );
});
