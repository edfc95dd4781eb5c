// commander, bundled by the build into one minified file as zod.ts is: its own files load in
// five times the time.
export { Command, CommanderError, Option } from 'commander';
