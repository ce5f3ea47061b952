/** cli/release.ts: the collection the CLI runs between reading a large workbook and analysing it. */
import { releaseGarbage } from '../../src/cli/release';

const tick = () => new Promise((resolve) => setImmediate(resolve));

test('a full collection frees what nothing refers to any more (the inflated package)', async () => {
  let ref: WeakRef<object> | undefined;
  (() => {
    ref = new WeakRef(new Uint8Array(8 << 20));
  })();
  await tick();
  expect(ref!.deref()).toBeDefined();
  // A deref keeps its target alive until the current job ends.
  await tick();
  releaseGarbage();
  await tick();
  expect(ref!.deref()).toBeUndefined();
  // Asked again, it runs again (the function is kept, not looked up each time).
  expect(() => releaseGarbage()).not.toThrow();
});
