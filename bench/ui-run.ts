/* `npm run bench:ui`: only the UI benchmarks (bench/run.ts runs them with the others). */
import { benchUi } from "./ui";

benchUi().catch((error) => {
  console.error(error);
  process.exit(1);
});
