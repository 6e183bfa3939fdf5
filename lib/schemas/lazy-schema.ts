/**
 * A schema built the first time anything reads it, not when its module is evaluated. Building a Zod schema
 * runs Zod's constructors (interpreted, on cold code): the few hundred this project declares cost a service
 * worker's cold start ~25 ms before it could answer a page, and a worker woken for one analysis checks one
 * request. The value stands for the schema everywhere — its methods, `instanceof`, composing it into other
 * schemas — by forwarding every operation to the schema once built.
 */
export function lazySchema<T extends object>(build: () => T): T {
  let built: T | undefined;
  const schema = (): T => (built ??= build());
  return new Proxy(Object.create(null) as T, {
    get: (_, key) => Reflect.get(schema(), key),
    set: (_, key, value) => Reflect.set(schema(), key, value),
    has: (_, key) => Reflect.has(schema(), key),
    ownKeys: () => Reflect.ownKeys(schema()),
    getOwnPropertyDescriptor: (_, key) => {
      const descriptor = Reflect.getOwnPropertyDescriptor(schema(), key);
      // A proxy may not report as fixed a property its own (empty) target lacks.
      return descriptor && { ...descriptor, configurable: true };
    },
    defineProperty: (_, key, descriptor) => Reflect.defineProperty(schema(), key, descriptor),
    deleteProperty: (_, key) => Reflect.deleteProperty(schema(), key),
    getPrototypeOf: () => Reflect.getPrototypeOf(schema()),
  });
}
