// Runs the CLI straight from TypeScript (development: `tsx watch src/cli/run.ts start`).
import { main } from './main.js';

await main(process.argv);
