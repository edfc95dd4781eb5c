// `npm run dev -- <args>`: career from source, through tsx (bin/career.js runs the build).
import { main } from './cli.js';

await main(process.argv);
