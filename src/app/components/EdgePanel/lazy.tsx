// The passage's provenance, loaded on first use so the first load stays as small as it was.
import { lazy, Suspense, type ComponentProps } from "react";

const LazyProvenance = lazy(async () => ({ default: (await import("./Provenance")).Provenance }));

export function Provenance(props: ComponentProps<typeof import("./Provenance").Provenance>) {
  return (
    <Suspense fallback={null}>
      <LazyProvenance {...props} />
    </Suspense>
  );
}
