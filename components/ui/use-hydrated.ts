'use client';
import { useSyncExternalStore } from 'react';

const subscribe = () => () => {};

// False on the server and during hydration, true afterwards: for parts only the browser can draw.
export function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
}
