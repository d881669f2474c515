import { floorServer } from '../floor-server.js';
import type { Measurement } from '../measurement.js';
import { measurement, pairedRatio } from '../measurement.js';
import type { ScenarioContext } from '../scenario-types.js';
import type { ServerLauncher } from '../server-launcher.js';
import { startServer } from '../server-process.js';

/** Scenario id, as in the registry and the results. */
export const COLD_START = 'cold-start';

/** Samples per server: 10 for a real run, 3 with `--quick`. */
export function coldStartSampleCount(quick: boolean): number {
  return quick ? 3 : 10;
}

/**
 * Time from spawning the server to its first 200 on `GET /health`, for the product and for
 * the bare-node floor, alternated sample by sample (and which goes first alternates too) so
 * that the drift of a shared 2-core machine lands on both. One unrecorded start of each
 * comes first, so the OS file cache is as warm for the first sample as for the last.
 */
export async function measureColdStart(context: ScenarioContext): Promise<Measurement[]> {
  const product = await context.product();
  const floor = floorServer();
  await timeToHealthy(floor);
  await timeToHealthy(product);

  const count = coldStartSampleCount(context.quick);
  const productMs: number[] = [];
  const floorMs: number[] = [];
  for (let index = 0; index < count; index++) {
    if (index % 2 === 0) {
      floorMs.push(await timeToHealthy(floor));
      productMs.push(await timeToHealthy(product));
    } else {
      productMs.push(await timeToHealthy(product));
      floorMs.push(await timeToHealthy(floor));
    }
    context.log(
      `cold start ${index + 1}/${count}: product ${ms(productMs.at(-1))}, floor ${ms(floorMs.at(-1))}`,
    );
  }

  return [
    measurement(COLD_START, 'product', 'ms', productMs),
    measurement(COLD_START, 'floor (bare node:http)', 'ms', floorMs),
    pairedRatio(COLD_START, 'product / floor', productMs, floorMs),
  ];
}

async function timeToHealthy(launcher: ServerLauncher): Promise<number> {
  const server = await startServer(launcher, { pollIntervalMs: 10 });
  await server.stop();
  return server.readyAfterMs;
}

function ms(value: number | undefined): string {
  return value === undefined ? '?' : `${value.toFixed(1)} ms`;
}
