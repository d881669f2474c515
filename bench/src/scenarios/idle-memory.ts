import { setTimeout as sleep } from 'node:timers/promises';
import { floorServer } from '../floor-server.js';
import type { Measurement } from '../measurement.js';
import { measurement, pairedRatio } from '../measurement.js';
import { readRssMiB } from '../process-memory.js';
import type { ScenarioContext } from '../scenario-types.js';
import type { StartedServer } from '../server-process.js';
import { startServer } from '../server-process.js';

/** Scenario id, as in the registry and the results. */
export const IDLE_MEMORY = 'idle-memory';

/** How long a server idles after its first 200 on /health before its RSS is read. */
export function idleMilliseconds(quick: boolean): number {
  return quick ? 3_000 : 5_000;
}

/** Fresh starts measured per server. */
export function idleSampleCount(quick: boolean): number {
  return quick ? 2 : 5;
}

/**
 * Resident memory (VmRSS) of a freshly started server that answered `/health` and then
 * idled, for the product and the bare-node floor. Both idle side by side, so one wait
 * serves a pair of samples; an idle process uses no CPU, so they do not disturb each other.
 */
export async function measureIdleMemory(context: ScenarioContext): Promise<Measurement[]> {
  const product = await context.product();
  const floor = floorServer();
  const count = idleSampleCount(context.quick);
  const productMiB: number[] = [];
  const floorMiB: number[] = [];

  for (let index = 0; index < count; index++) {
    const started: StartedServer[] = [];
    try {
      const productProcess = await startServer(product);
      started.push(productProcess);
      const floorProcess = await startServer(floor);
      started.push(floorProcess);
      await sleep(idleMilliseconds(context.quick));
      productMiB.push(await readRssMiB(productProcess.pid));
      floorMiB.push(await readRssMiB(floorProcess.pid));
    } finally {
      await Promise.all(started.map((server) => server.stop()));
    }
    context.log(
      `idle memory ${index + 1}/${count}: product ${mib(productMiB.at(-1))}, floor ${mib(floorMiB.at(-1))}`,
    );
  }

  return [
    measurement(IDLE_MEMORY, 'product RSS', 'MiB', productMiB),
    measurement(IDLE_MEMORY, 'floor (bare node:http) RSS', 'MiB', floorMiB),
    pairedRatio(IDLE_MEMORY, 'product / floor', productMiB, floorMiB),
  ];
}

function mib(value: number | undefined): string {
  return value === undefined ? '?' : `${value.toFixed(1)} MiB`;
}
