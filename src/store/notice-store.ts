import { create } from 'zustand';

export interface Notice {
  id: number;
  text: string;
}

interface NoticeState {
  notices: Notice[];
  /** Shows a short message at the top of the page until the person dismisses it. */
  addNotice: (text: string) => void;
  dismissNotice: (id: number) => void;
}

let nextId = 1;

/** Short messages about things the person should know happened (storage trouble, a redirect). */
export const useNoticeStore = create<NoticeState>()((set) => ({
  notices: [],
  addNotice: (text) =>
    set((state) =>
      state.notices.some((notice) => notice.text === text)
        ? state
        : { notices: [...state.notices, { id: nextId++, text }] },
    ),
  dismissNotice: (id) => set((state) => ({ notices: state.notices.filter((notice) => notice.id !== id) })),
}));
