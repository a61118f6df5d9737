/**
 * One queue for the image renders of the plugins (card covers, social
 * images): at most IMAGE_CONCURRENCY at a time. sharp runs at most four
 * pipelines at once anyway (libuv's thread pool); starting the renders of
 * every post together only kept the decoded pixels of all of them in memory
 * while they waited.
 */
import type { LimitFunction } from 'p-limit';
import { nativeRequire } from './native-require';

const pLimit = nativeRequire<typeof import('p-limit')>('p-limit').default;

export const IMAGE_CONCURRENCY = 4;

/** Runs `render` when a place in the queue is free. */
export const queueImageWork: LimitFunction = pLimit(IMAGE_CONCURRENCY);
