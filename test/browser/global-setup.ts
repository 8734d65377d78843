// Starts the local stack once for the browser suite and hands its URL to the tests.
import type { TestProject } from 'vitest/node';
import { startLocalStack } from '../../scripts/local-stack';
import { findChromium } from './chromium';

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
    chromiumPath: string;
  }
}

export default async function setup(project: TestProject) {
  const chromiumPath = findChromium();
  const stack = await startLocalStack();
  project.provide('baseURL', stack.url);
  project.provide('chromiumPath', chromiumPath);
  return stack.stop;
}
