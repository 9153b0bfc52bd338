import { afterEach, describe, expect, it, vi } from 'vitest';
import { subscribeToUpdate, waitingUpdate, watchServiceWorker } from '../../src/lib/service-worker.ts';

/** A service worker as far as the page sees one: a state, and messages sent to it. */
class FakeWorker extends EventTarget {
  messages: unknown[] = [];
  constructor(public state: ServiceWorkerState) {
    super();
  }
  postMessage(message: unknown) {
    this.messages.push(message);
  }
  becomes(state: ServiceWorkerState) {
    this.state = state;
    this.dispatchEvent(new Event('statechange'));
  }
}

class FakeRegistration extends EventTarget {
  installing: FakeWorker | null = null;
  constructor(public waiting: FakeWorker | null) {
    super();
  }
  startInstalling(worker: FakeWorker) {
    this.installing = worker;
    this.dispatchEvent(new Event('updatefound'));
  }
}

class FakeContainer extends EventTarget {
  registered: string[] = [];
  constructor(
    public controller: FakeWorker | null,
    private registration: FakeRegistration,
  ) {
    super();
  }
  register(url: string) {
    this.registered.push(url);
    return Promise.resolve(this.registration);
  }
}

async function watch(container: FakeContainer) {
  await watchServiceWorker(container as unknown as ServiceWorkerContainer, '/sw.js');
}

describe('watchServiceWorker', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('offers a version found waiting, and activating it reloads the page once it is in charge', async () => {
    const waiting = new FakeWorker('installed');
    const container = new FakeContainer(new FakeWorker('activated'), new FakeRegistration(waiting));
    const reload = vi.fn();
    vi.stubGlobal('location', { ...window.location, reload });
    await watch(container);
    expect(container.registered).toEqual(['/sw.js']);
    const apply = waitingUpdate();
    expect(apply).not.toBeNull();
    apply?.();
    expect(waiting.messages).toEqual([{ type: 'SKIP_WAITING' }]);
    expect(reload).not.toHaveBeenCalled();
    container.dispatchEvent(new Event('controllerchange'));
    expect(reload).toHaveBeenCalledTimes(1);
  });

  it('offers a version that finishes installing while the page is open', async () => {
    const registration = new FakeRegistration(null);
    const container = new FakeContainer(new FakeWorker('activated'), registration);
    const offered = vi.fn();
    const unsubscribe = subscribeToUpdate(offered);
    await watch(container);
    const update = new FakeWorker('installing');
    registration.startInstalling(update);
    expect(offered).not.toHaveBeenCalled();
    update.becomes('installed');
    expect(offered).toHaveBeenCalledTimes(1);
    unsubscribe();
  });

  it('offers nothing on a first visit, when the first version takes charge by itself', async () => {
    const registration = new FakeRegistration(null);
    const container = new FakeContainer(null, registration);
    const offered = vi.fn();
    const unsubscribe = subscribeToUpdate(offered);
    await watch(container);
    const first = new FakeWorker('installing');
    registration.startInstalling(first);
    first.becomes('installed');
    expect(offered).not.toHaveBeenCalled();
    unsubscribe();
  });
});
