/**
 * Events fakeBrowser leaves unimplemented (commands.onCommand, contextMenus.onClicked), as
 * in-memory events with `trigger()` like fakeBrowser's own, so background tests fire them as
 * the browser would.
 */

/** An event whose listeners a test can fire. */
export interface TriggerableEvent<A extends unknown[]> {
  addListener(listener: (...args: A) => unknown): void;
  removeListener(listener: (...args: A) => unknown): void;
  hasListener(listener: (...args: A) => unknown): boolean;
  hasListeners(): boolean;
  trigger(...args: A): Promise<unknown[]>;
}

export function triggerableEvent<A extends unknown[]>(): TriggerableEvent<A> {
  const listeners: ((...args: A) => unknown)[] = [];
  return {
    addListener: (listener) => void listeners.push(listener),
    removeListener: (listener) => {
      const index = listeners.indexOf(listener);
      if (index >= 0) listeners.splice(index, 1);
    },
    hasListener: (listener) => listeners.includes(listener),
    hasListeners: () => listeners.length > 0,
    trigger: (...args) => Promise.all(listeners.map((listener) => listener(...args))),
  };
}
