/* `npm run bench`: every benchmark, one after another, in one process. */
import { benchChecker } from "./checker";

async function main(): Promise<void> {
  await benchChecker();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
