/* `npm run bench`: every benchmark, one after another, in one process. */
import { benchBaseline } from "./baseline";
import { benchChecker } from "./checker";
import { benchCheckerWithDoors } from "./demand";
import { benchCrm } from "./crm";
import { benchPoll } from "./poll";
import { benchUi } from "./ui";
import { benchWorkbook } from "./workbook";

async function main(): Promise<void> {
  await benchChecker();
  await benchCheckerWithDoors();
  await benchWorkbook();
  await benchPoll();
  await benchBaseline();
  await benchCrm();
  await benchUi();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
