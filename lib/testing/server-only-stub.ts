// Vitest runs server code outside Next; the real package throws there.
export {};
