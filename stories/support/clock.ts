/**
 * One instant for every story, so countdowns, lock-outs, quotes and dates render the same on
 * every visit and in every axe run (Tuesday 24 November 2026, 10:00 in Beijing).
 */
export const STORY_NOW_ISO = '2026-11-24T10:00:00+08:00';

/** The mock back end's clock: stopped at the story instant, so its status timeline never drifts. */
export function storyNow(): Date {
  return new Date(STORY_NOW_ISO);
}

let undo: (() => void) | null = null;

/**
 * Moves the page's `Date` to the story instant, still ticking (the widget counts down from its
 * own "now"). Idempotent: the first call installs it, later calls do nothing. Returns the undo.
 */
export function installStoryClock(): () => void {
  if (undo === null) {
    const RealDate = Date;
    const offset = RealDate.parse(STORY_NOW_ISO) - RealDate.now();
    class StoryDate extends RealDate {
      constructor(...args: [] | [string | number | Date]) {
        if (args.length === 0) super(RealDate.now() + offset);
        else super(args[0]);
      }
      static override now(): number {
        return RealDate.now() + offset;
      }
    }
    globalThis.Date = StoryDate as DateConstructor;
    undo = () => {
      globalThis.Date = RealDate;
      undo = null;
    };
  }
  return undo;
}
