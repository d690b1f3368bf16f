// The test runner provides Mocha's globals; @types/mocha is not a dependency, and these four are
// all the tests use.
declare function describe(title: string, body: () => void): void
declare function it(title: string, body: () => void | Promise<void>): void
declare function beforeEach(body: () => void | Promise<void>): void
declare function afterEach(body: () => void | Promise<void>): void
