/**
 * A part of the first view that the view can be drawn without (a filter's select, a spinner):
 * its code is left out of the pane's first download but starts loading at once, beside it, when
 * this module is evaluated. Where it is drawn before its code has arrived, `Fallback` (the same
 * size) stands in for it until then; afterwards it is drawn directly.
 */
import { type ComponentType, lazy, Suspense, useState } from "react";

export function preloaded<P extends object>(
  load: () => Promise<ComponentType<P>>,
  Fallback: ComponentType<P>
): ComponentType<P> {
  let loaded: ComponentType<P> | null = null;
  const start = () => load().then((part) => (loaded = part));
  let loading = start();
  // A failed download is not an unhandled error: the part retries once it is drawn.
  loading.catch(() => {});
  // React draws a lazy component as the component it resolves to.
  const Lazy = lazy(() =>
    loading.catch(() => (loading = start())).then((part) => ({ default: part }))
  ) as unknown as ComponentType<P>;
  return function Preloaded(props: P) {
    // Chosen once per mount, so that the part is never remounted (losing focus) when its code
    // arrives while it is shown.
    const [Part] = useState(() => loaded ?? Lazy);
    return (
      <Suspense fallback={<Fallback {...props} />}>
        <Part {...props} />
      </Suspense>
    );
  };
}
