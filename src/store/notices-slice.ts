import type { StateCreator } from 'zustand';
import type { Message } from '../engine/index.ts';
import type { AppState } from './app-store.ts';

/** A button on a notice, for a choice only the person can make (say, saving over what could not be read). */
export interface NoticeAction {
  label: Message;
  run: () => void;
}

export interface Notice {
  id: number;
  /** A message, put into words only where it is shown, in the page's language. */
  text: Message;
  action?: NoticeAction;
}

/** Short messages about things the person should know happened (storage trouble, a result removed). */
export interface NoticesSlice {
  notices: Notice[];
  /** Shows a short message at the top of the page until the person dismisses it (or takes its action). */
  addNotice: (text: Message, action?: NoticeAction) => void;
  dismissNotice: (id: number) => void;
}

/** The same sentence with the same values: a notice already shown is not shown twice. */
function sameMessage(first: Message, second: Message): boolean {
  return first.id === second.id && JSON.stringify(first.values ?? {}) === JSON.stringify(second.values ?? {});
}

export const createNoticesSlice: StateCreator<AppState, [], [], NoticesSlice> = (set) => {
  // Belongs to this store, not to the state: a reset must never hand out an id a shown notice still has.
  let nextId = 1;
  return {
    notices: [],
    addNotice: (text, action) =>
      set((state) =>
        state.notices.some((notice) => sameMessage(notice.text, text))
          ? state
          : { notices: [...state.notices, { id: nextId++, text, ...(action ? { action } : {}) }] },
      ),
    dismissNotice: (id) => set((state) => ({ notices: state.notices.filter((notice) => notice.id !== id) })),
  };
};
