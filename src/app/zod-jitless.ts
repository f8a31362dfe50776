// Imported first by the browser entry, before any schema is built: zod probes `new Function` when an
// object schema is created, to compile fast parsers. The page's Content-Security-Policy forbids eval and
// reports the probe as a violation even though zod catches it; parsing without it is fast enough here.
import { z } from "zod/mini";

z.config({ jitless: true });
