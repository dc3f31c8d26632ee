import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Coalesces update requests to at most one per animation frame. Progress of a download
 * changes far more often than a screen can show (several times per file, thousands of files),
 * and each render walks the whole list; rendering once a frame keeps the work linear.
 */
export class FrameUpdateController implements ReactiveController {
  private frame: number | undefined;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  /** Updates the host in the next animation frame (once, however often it is asked). */
  request(): void {
    if (this.frame !== undefined) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = undefined;
      this.host.requestUpdate();
    });
  }

  /** Updates the host now, dropping a pending frame request. */
  now(): void {
    this.cancel();
    this.host.requestUpdate();
  }

  hostDisconnected(): void {
    this.cancel();
  }

  private cancel(): void {
    if (this.frame !== undefined) cancelAnimationFrame(this.frame);
    this.frame = undefined;
  }
}
