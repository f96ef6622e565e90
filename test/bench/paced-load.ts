/**
 * Requests sent at evenly spaced times (open loop), for latency at a fixed rate. autocannon's
 * rate options give each connection a budget per second that it spends at once when the second
 * starts, so "1,000 requests/s" arrives as a burst of 1,000 every second and its p99 is how long
 * that burst takes to drain. Here request i is due at start + i / rate whatever happened to the
 * earlier ones, and its latency counts from when it was due, so time spent queued behind a slow
 * response (in the client's connection pool or in the server) is counted, never hidden.
 */
import http from 'node:http';

export interface PacedRequest {
  method: string;
  path: string;
  headers: Record<string, string>;
  body: string;
}

export interface PacedResult {
  /** Responses per second over the run, from the first due time to the last response. */
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
  requests: number;
  errors: number;
  non2xx: number;
}

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

function send(agent: http.Agent, url: URL, request: PacedRequest): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        agent,
        host: url.hostname,
        port: url.port,
        method: request.method,
        path: request.path,
        headers: { ...request.headers, 'content-length': String(Buffer.byteLength(request.body)) },
      },
      (res) => {
        res.resume(); // read and drop the body: only its arrival matters
        res.once('end', () => resolve(res.statusCode ?? 0));
        res.once('error', reject);
      },
    );
    req.once('error', reject);
    req.end(request.body);
  });
}

/**
 * Offers `rate` requests a second for `seconds`, cycling through `requests`, over at most
 * `connections` keep-alive connections.
 * @example await pacedLoad('http://127.0.0.1:3000', requests, { rate: 1000, seconds: 10, connections: 32 })
 */
export async function pacedLoad(
  baseUrl: string,
  requests: readonly PacedRequest[],
  options: { rate: number; seconds: number; connections: number },
): Promise<PacedResult> {
  const url = new URL(baseUrl);
  const agent = new http.Agent({ keepAlive: true, maxSockets: options.connections });
  const total = options.rate * options.seconds;
  const latencies: number[] = [];
  let errors = 0;
  let non2xx = 0;
  const pending: Array<Promise<void>> = [];
  const start = performance.now();
  let next = 0;
  await new Promise<void>((done) => {
    // A 1 ms tick sends every request that has fallen due; the due time, not the tick, is the
    // start of its latency.
    const timer = setInterval(() => {
      const now = performance.now();
      while (next < total && start + (next * 1000) / options.rate <= now) {
        const due = start + (next * 1000) / options.rate;
        const request = requests[next % requests.length]!;
        next += 1;
        pending.push(
          send(agent, url, request).then(
            (status) => {
              latencies.push(performance.now() - due);
              if (status < 200 || status >= 300) non2xx += 1;
            },
            () => {
              errors += 1;
            },
          ),
        );
      }
      if (next >= total) {
        clearInterval(timer);
        done();
      }
    }, 1);
  });
  await Promise.all(pending);
  const elapsed = (performance.now() - start) / 1000;
  agent.destroy();
  const sorted = latencies.sort((a, b) => a - b);
  return {
    requestsPerSecond: Math.round(latencies.length / elapsed),
    p50Ms: Math.round(percentile(sorted, 50)),
    p99Ms: Math.round(percentile(sorted, 99)),
    maxMs: Math.round(sorted[sorted.length - 1] ?? 0),
    requests: total,
    errors,
    non2xx,
  };
}
