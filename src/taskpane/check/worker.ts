// The check worker (taskpane-worker.js): the core runs here so the pane stays responsive while a
// 20,000-row sheet is checked or its result sheets are built.
import { encodeView, planMessages, type Phase, type Request, type Response } from './protocol';
import { CheckService } from './service';
import { GridStreams } from './grid-wire';
import { ConsolidateService } from '../consolidate/service';

interface WorkerScope {
  onmessage: ((event: MessageEvent<Request>) => void) | null;
  postMessage(message: Response): void;
}

const scope = self as unknown as WorkerScope;
const service = new CheckService();
const streams = new GridStreams();
const consolidation = new ConsolidateService();

scope.onmessage = (event) => {
  const request = event.data;
  const progress = (phase: Phase, done: number, total: number) =>
    scope.postMessage({ id: request.id, type: 'progress', phase, done, total });
  try {
    switch (request.type) {
      case 'grid-rows':
        // Put together while the pane reads the next batch; the check that follows names the stream.
        streams.add(request.stream, request.rows);
        break;
      case 'check':
        scope.postMessage({ id: request.id, type: 'checked', view: encodeView(service.check(streams.grid(request.grid), request.settings, request.lang, progress)) });
        break;
      case 'recheck':
        scope.postMessage({ id: request.id, type: 'checked', view: encodeView(service.recheck(request.settings, request.lang, progress)) });
        break;
      case 'plans':
        for (const message of planMessages(request.id, service.plans(request.sheets, request.lang))) scope.postMessage(message);
        break;
      case 'consolidate':
        // Reading a file is asynchronous (the browser inflates it): answered when all are read.
        consolidation.run(request.files, request.choices, progress).then(
          (result) => scope.postMessage({ id: request.id, type: 'consolidated', result }),
          (error: unknown) => scope.postMessage({ id: request.id, type: 'failed', message: error instanceof Error ? error.message : String(error) }),
        );
        break;
      case 'consolidation-plans':
        for (const message of planMessages(request.id, consolidation.plans(request.lang))) scope.postMessage(message);
        break;
    }
  } catch (error) {
    // The pane shows this as an unexpected error; the core never throws on cell contents.
    scope.postMessage({ id: request.id, type: 'failed', message: error instanceof Error ? error.message : String(error) });
  }
};
