// The app's filter click → painted frame on the generated 10,000-element graph, alone (bench/ui.ts
// runs it among the other UI figures): `npx tsx bench/filter-clicks.ts`.
import { buildAndServe, launchChromium } from "../tests/e2e/harness";
import { benchFilterClicks, generateGraph } from "./ui";

const served = await buildAndServe();
const browser = await launchChromium();
try {
  await benchFilterClicks(browser, served.url, generateGraph(2_500, 7_500));
} finally {
  await browser.close();
  await served.close();
}
