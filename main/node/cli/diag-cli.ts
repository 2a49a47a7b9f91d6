// `npm run diag -- <area> …`: the installer's command line.
//   hid list | watch | decode <descriptor-hex>
//   gateway list | probe PORT | replay FILE.json
//   bundle --out FILE.zip [--data-dir DIR]
import { runBundle } from './diag/diag-bundle';
import { runGateway } from './diag/diag-gateway';
import { runHid } from './diag/diag-hid';

const areas: Record<string, (args: string[], out: (line: string) => void) => Promise<number>> = {
  hid: (args, out) => runHid(args, out),
  gateway: runGateway,
  bundle: runBundle,
};

const [area, ...rest] = process.argv.slice(2);
const run = area ? areas[area] : undefined;
if (!run) {
  process.stderr.write(`usage: npm run diag -- <${Object.keys(areas).join('|')}> …\n`);
  process.exit(2);
}
const write = (line: string) => process.stdout.write(line + '\n');
run(rest, write).then(
  (code) => process.exit(code),
  (error: Error) => {
    process.stderr.write(`diag ${area}: ${error.message}\n`);
    process.exit(1);
  },
);
