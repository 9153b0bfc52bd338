// Work run after the screen has been painted: the app behind a prerendered page, or the next screen
// after a press. Built after the paint, the page shows (or the press answers) at once.

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
