// The workflow memory benchmark's own process (forked by the supervision benchmark); the result goes back over IPC.
import 'reflect-metadata';
import { benchWorkflowMemory } from './supervision.bench';

benchWorkflowMemory(process.argv[2], Number(process.argv[3])).then(
  (result) => process.send!(result, () => process.exit(0)),
  (error: Error) => {
    console.error(error.stack ?? error.message);
    process.exit(1);
  },
);
