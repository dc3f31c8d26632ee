import { expect } from '@open-wc/testing';
import { SLICE_MS, TimeSlicer, yieldToEventLoop } from '../../src/files/slice.js';

describe('time slicer', () => {
  it('is due once its budget is spent, and starts a new slice after yielding', async () => {
    const slicer = new TimeSlicer(5);
    expect(slicer.due()).to.equal(false);
    const start = performance.now();
    while (performance.now() - start < 6) {
      // Busy work standing in for rows written.
    }
    expect(slicer.due()).to.equal(true);
    await slicer.yield();
    expect(slicer.due()).to.equal(false);
    expect(SLICE_MS).to.be.below(50);
  });

  it('lets a timer and other tasks run between slices', async () => {
    let timerRan = false;
    setTimeout(() => (timerRan = true), 0);
    // A loop of slices that yields each time gives the 0 ms timer its turn within a few yields.
    for (let i = 0; i < 20 && !timerRan; i++) await yieldToEventLoop();
    expect(timerRan).to.equal(true);
  });

  it('stops with an AbortError when its signal is aborted while yielding', async () => {
    const slicer = new TimeSlicer();
    const controller = new AbortController();
    const pending = slicer.yield(controller.signal);
    controller.abort();
    let error: unknown;
    try {
      await pending;
    } catch (e) {
      error = e;
    }
    expect((error as DOMException)?.name).to.equal('AbortError');
  });
});
