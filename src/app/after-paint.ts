// Work a press starts, run after the press has shown on screen. A new screen takes a few frames to
// build on a slow phone; built after the paint, the press answers at once and the screen follows.

/** A hidden tab paints no frames, so the task runs after this long anyway. */
const hiddenTabFallbackMs = 100;

/** Runs `task` once, after the browser has painted the current frame (or after a short wait in a hidden tab). */
export function afterNextPaint(task: () => void): void {
  let ran = false;
  const run = () => {
    if (ran) return;
    ran = true;
    task();
  };
  // The timeout queued inside the animation frame callback runs after that frame is painted.
  requestAnimationFrame(() => setTimeout(run, 0));
  setTimeout(run, hiddenTabFallbackMs);
}
