// The review UI, loaded on first use so it stays out of the initial bundle (the budget is
// 300 KB gzipped). Each export renders nothing until its chunk has arrived.
import { lazy, Suspense, type ComponentProps, type ComponentType } from "react";

function deferred<P extends object>(load: () => Promise<ComponentType<P>>): ComponentType<P> {
  const Lazy = lazy(async () => ({ default: await load() }));
  // biome-ignore lint/correctness/noComponentHookFactories: deferred() runs once per component at module scope, never during a render.
  return function Deferred(props: P) {
    return (
      <Suspense fallback={null}>
        <Lazy {...(props as P & React.JSX.IntrinsicAttributes)} />
      </Suspense>
    );
  };
}

export const EdgeReview = deferred<ComponentProps<typeof import("./EdgeReview").EdgeReview>>(async () => (await import("./EdgeReview")).EdgeReview);
export const PassageReview = deferred<ComponentProps<typeof import("./PassageReview").PassageReview>>(
  async () => (await import("./PassageReview")).PassageReview,
);
export const NodeReview = deferred<ComponentProps<typeof import("./NodeReview").NodeReview>>(async () => (await import("./NodeReview")).NodeReview);
export const AddRelation = deferred<ComponentProps<typeof import("./AddRelation").AddRelation>>(async () => (await import("./AddRelation")).AddRelation);
export const RejectedView = deferred<object>(async () => (await import("./RejectedView")).RejectedView);
export const ReviewStatus = deferred<object>(async () => (await import("./ReviewStatus")).ReviewStatus);
