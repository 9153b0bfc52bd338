import type { StateCreator } from 'zustand';
import type { AppState } from './app-store.ts';

/** A button on a notice, for a choice only the person can make (say, saving over what could not be read). */
export interface NoticeAction {
  label: string;
  run: () => void;
}

export interface Notice {
  id: number;
  text: string;
  action?: NoticeAction;
}

/** Short messages about things the person should know happened (storage trouble, a result removed). */
export interface NoticesSlice {
  notices: Notice[];
  /** Shows a short message at the top of the page until the person dismisses it (or takes its action). */
  addNotice: (text: string, action?: NoticeAction) => void;
  dismissNotice: (id: number) => void;
}

export const createNoticesSlice: StateCreator<AppState, [], [], NoticesSlice> = (set) => {
  // Belongs to this store, not to the state: a reset must never hand out an id a shown notice still has.
  let nextId = 1;
  return {
    notices: [],
    addNotice: (text, action) =>
      set((state) =>
        state.notices.some((notice) => notice.text === text)
          ? state
          : { notices: [...state.notices, { id: nextId++, text, ...(action ? { action } : {}) }] },
      ),
    dismissNotice: (id) => set((state) => ({ notices: state.notices.filter((notice) => notice.id !== id) })),
  };
};
