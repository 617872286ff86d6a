// Preloaded into the Prisma 6.19 CLI: its wasm engine leaves a long timer running after
// the work is done, which keeps the process alive ~10 s. Long timers must not hold it open.
const setTimeoutOriginal = global.setTimeout;
global.setTimeout = function (fn, ms, ...args) {
  const timer = setTimeoutOriginal(fn, ms, ...args);
  if (typeof ms === "number" && ms >= 5000 && timer && typeof timer.unref === "function") timer.unref();
  return timer;
};
