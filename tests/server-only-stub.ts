// Vitest runs server code outside Next; 'server-only' would throw there, so it is a no-op in unit tests.
export {};
