import autocannon from 'autocannon';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ClusterClient, inParallel } from '../apps/cluster/src/cluster-client';
import { createClusterWorld, signOffThroughApi } from '../apps/cluster/src/cluster-world';
import { startTopology } from '../apps/cluster/src/topology';

const SIGNOFFS = Number(process.env.BENCH_CLUSTER_SIGNOFFS ?? 60);
const CONCURRENCY = 12;
const CONNECTIONS = 20;

/**
 * On npm run cluster's topology (the Temporal server on PostgreSQL, two API processes): sign-offs
 * per second through both APIs with one worker process and then with two, and the paged document
 * list through one API process and through both at once.
 */
export async function benchCluster(seconds: number): Promise<Record<string, unknown>> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dse-bench-cluster-'));
  const topology = await startTopology({ dir, apis: 2, workers: 2, logToFiles: true, log: () => {}, env: { LOG_LEVEL: 'warn', LOG_FORMAT: 'json' } });
  try {
    const client = new ClusterClient(topology.apiUrls);
    const world = await createClusterWorld(client, topology.admin.email, topology.admin.password);
    let next = 0;
    const signOffRate = async () => {
      const started = performance.now();
      await inParallel(SIGNOFFS, CONCURRENCY, () => signOffThroughApi(client, world, next++).then(() => {}), { count: 0 });
      return SIGNOFFS / ((performance.now() - started) / 1000);
    };
    await topology.workers[1].stop();
    const oneWorker = await signOffRate();
    topology.workers[1].start();
    // Until the second worker polls: a probe lands on whichever worker takes it, so run a few.
    for (let i = 0; i < 4; i++) await topology.probe();
    const twoWorkers = await signOffRate();

    const read = async (urls: string[]) => {
      const runs = await Promise.all(
        urls.map((url) =>
          autocannon({ url: `${url}/api/documents?page=1&pageSize=50`, connections: CONNECTIONS, duration: seconds, headers: { authorization: world.contact.auth } }),
        ),
      );
      return { requestsPerSecond: Math.round(runs.reduce((n, r) => n + r.requests.average, 0)), non2xx: runs.reduce((n, r) => n + r.non2xx, 0) };
    };
    const oneApi = await read(topology.apiUrls.slice(0, 1));
    const twoApis = await read(topology.apiUrls);
    return {
      benchmark: `cluster: the Temporal server on PostgreSQL, two API processes; ${SIGNOFFS} sign-offs (register + submit + 3 approvals through the API, ${CONCURRENCY} at a time) per measurement; the paged document list (${2 * SIGNOFFS} documents, 50 a page) for ${seconds} s`,
      signOffsPerSecond: { oneWorker: Number(oneWorker.toFixed(2)), twoWorkers: Number(twoWorkers.toFixed(2)), ratio: Number((twoWorkers / oneWorker).toFixed(3)) },
      pagedRead: { oneApi, twoApis, ratio: Number((twoApis.requestsPerSecond / oneApi.requestsPerSecond).toFixed(3)) },
    };
  } finally {
    await topology.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
