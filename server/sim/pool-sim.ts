// `npx tsx server/sim/pool-sim.ts [bindings]` ends with one JSON line:
// {"bindings":N,"poolUsed":N,"theoreticalMin":N,"naive":N}
import { simulate } from './simulate';

const bindings = Number(process.argv[2] ?? 1_000_000);
const result = simulate({ bindings, agents: 2000, meanLifetimeMin: 45, meanAgentLoad: 8, repeatCustomer: 0.1, seed: 7 });
process.stdout.write(`${JSON.stringify(result)}\n`);
