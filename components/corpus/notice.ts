// The shape of a library-section message (NoticeView renders it).
export type Notice = { kind: 'status' | 'alert'; text: string; details?: string[]; undoId?: string };
