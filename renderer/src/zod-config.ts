// Imported first by main.tsx. zod 4 probes `new Function` to decide whether to compile fast parsers;
// the page's CSP (no unsafe-eval) refuses it and reports a violation. Tell zod not to try.
import { z } from 'zod';

z.config({ jitless: true });
