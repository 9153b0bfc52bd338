import { create } from 'zustand';

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

interface NoticeState {
  notices: Notice[];
  /** Shows a short message at the top of the page until the person dismisses it (or takes its action). */
  addNotice: (text: string, action?: NoticeAction) => void;
  dismissNotice: (id: number) => void;
}

let nextId = 1;

/** Short messages about things the person should know happened (storage trouble, a redirect). */
export const useNoticeStore = create<NoticeState>()((set) => ({
  notices: [],
  addNotice: (text, action) =>
    set((state) =>
      state.notices.some((notice) => notice.text === text)
        ? state
        : { notices: [...state.notices, { id: nextId++, text, ...(action ? { action } : {}) }] },
    ),
  dismissNotice: (id) => set((state) => ({ notices: state.notices.filter((notice) => notice.id !== id) })),
}));
