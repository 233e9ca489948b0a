"""Posts through the pipeline in worker processes that the caller owns and always reaps.

spaCy's own ``nlp.pipe(n_process=...)`` hangs when a component raises. Every
forked worker inherits the read end of every result pipe, its own included, so
closing the parent's end never breaks a worker's blocked send and spaCy's join
waits for ever; killing the workers only moves the hang to interpreter exit,
where multiprocessing joins the input queues' feeder threads, stuck writing
batches nobody will read. Here each worker has one pipe in and one pipe out and
keeps no other end open, the parent hands it one batch at a time (so neither
side can block on the other's full pipe), and whichever way the parent leaves
(an error, Ctrl-C, a caller that stops early) it kills and reaps its workers.
So that the workers still never wait for it, the parent takes in results as
they come, between the ones it yields, and reads the next batch ahead.
"""

from __future__ import annotations

import multiprocessing as mp
import signal
import traceback
from collections import deque
from collections.abc import Callable, Generator, Iterable, Iterator
from dataclasses import dataclass
from itertools import islice
from multiprocessing.connection import Connection, wait
from typing import Any, Generic, TypeVar

from kg.errors import ExtractionFailed

T = TypeVar("T")
R = TypeVar("R")
# How long a worker that was told to stop may take to exit before it is killed.
GRACE_SECONDS = 5.0


def available() -> bool:
    """Whether workers can be forked: they inherit the loaded pipeline instead of loading it."""
    return "fork" in mp.get_all_start_methods()


@dataclass(frozen=True)
class Failure:
    """What a worker sends back instead of its results when the work raised."""

    message: str
    path: str | None
    detail: str


class Worker:
    """One forked process with a pipe for batches in and a pipe for results out."""

    def __init__(self, work: Callable[[Any], Any], others: list[Worker]) -> None:
        ctx = mp.get_context("fork")
        task_reader, self.tasks = ctx.Pipe(duplex=False)
        self.results, result_writer = ctx.Pipe(duplex=False)
        # The parent's ends, its own and those of the workers before it, which the worker
        # gets copies of and must close: the parent gone, they would keep it waiting.
        parents = [conn for w in [*others, self] for conn in (w.tasks, w.results)]
        self.process = ctx.Process(target=_serve, daemon=True, name="kg-nlp-worker",
                                   args=(work, task_reader, result_writer, parents))
        self.in_flight: list[str] = []  # the names of the batch it has
        self.process.start()
        task_reader.close()  # and the worker's ends, here: the same the other way round
        result_writer.close()

    def send(self, items: list[Any], names: list[str]) -> None:
        """Hand the worker a batch, the items called ``names`` in an error."""
        self.in_flight = names
        try:
            self.tasks.send(items)
        except OSError:  # EPIPE: not BrokenPipeError to the caller, which may take it for
            raise self._died() from None  # its own output closed by a reader

    def receive(self) -> list[Any]:
        """The results of the batch sent last; :class:`ExtractionFailed` if it raised or the
        worker died on it."""
        try:
            got = self.results.recv()
        except EOFError:
            raise self._died() from None
        if isinstance(got, Failure):
            raise ExtractionFailed(got.message, got.path, got.detail)
        return got

    def _died(self) -> ExtractionFailed:
        self.process.join(GRACE_SECONDS)
        code = self.process.exitcode
        how = (f"killed by {signal.Signals(-code).name}" if code is not None and code < 0
               else f"exit status {code}")
        names = self.in_flight
        return ExtractionFailed(f"an NLP worker process died ({how}) on one of {len(names)} "
                                f"posts, from {names[0]} to {names[-1]}")

    def stop(self, *, kill: bool) -> None:
        """Close the pipes (a waiting worker then exits) and reap the process, killing it
        when it was not done or does not end in time."""
        self.tasks.close()
        self.results.close()
        if not kill:
            self.process.join(GRACE_SECONDS)
        if self.process.is_alive():
            self.process.kill()
        self.process.join()
        self.process.close()


@dataclass
class Batch(Generic[T]):
    """Items handed to a worker, with their contexts; its results, or its failure, once in."""

    worker: Worker
    items: list[tuple[Any, T]]
    results: list[Any] | None = None
    failure: ExtractionFailed | None = None

    @property
    def done(self) -> bool:
        return self.results is not None or self.failure is not None


def run(work: Callable[[Any], R], items: Iterable[tuple[Any, T]], n_process: int,
        batch_size: int, name: Callable[[Any], str] = str) -> Generator[tuple[R, T], None, None]:
    """``(work(item), ctx)`` for each ``(item, ctx)``, in order, computed by ``n_process``
    workers; the contexts stay in this process. ``name`` names an item in an error."""
    batches = _batches(items, batch_size)
    workers: list[Worker] = []
    pending: deque[Batch[T]] = deque()  # in the order of the items
    upcoming: list[tuple[Any, T]] | None = None  # read ahead: no worker waits for the reading

    def hand(worker: Worker) -> None:
        nonlocal upcoming
        batch, upcoming = upcoming or next(batches, None), None
        if batch:
            worker.send([item for item, _ in batch], [name(item) for item, _ in batch])
            pending.append(Batch(worker, batch))
            upcoming = next(batches, None)

    def collect(block: bool) -> None:
        """Take in the results of the batches near the front that are done, waiting for one
        if ``block``, and hand their workers the next at once: they work while the
        caller uses results, and none waits for another's turn."""
        near = [b for b in islice(pending, 2 * n_process) if not b.done]
        ready = wait([b.worker.results for b in near], timeout=None if block else 0)
        for batch in near:
            if batch.worker.results in ready:
                try:
                    batch.results = batch.worker.receive()
                except ExtractionFailed as exc:  # raised in its turn, the batches before it
                    batch.failure = exc          # given to the caller first
                else:
                    hand(batch.worker)

    done = False
    try:
        for _ in range(n_process):
            workers.append(Worker(work, workers))
            hand(workers[-1])
        while pending:
            while not pending[0].done:
                collect(block=True)
            batch = pending.popleft()
            if batch.failure is not None:
                raise batch.failure
            for result, (_, ctx) in zip(batch.results or [], batch.items, strict=True):
                yield result, ctx
                collect(block=False)
        done = True
    finally:
        for worker in workers:
            worker.stop(kill=not done)


def _batches(items: Iterable[T], size: int) -> Iterator[list[T]]:
    it = iter(items)
    while batch := list(islice(it, size)):
        yield batch


def _serve(work: Callable[[Any], Any], tasks: Connection, results: Connection,
           parents: list[Connection]) -> None:
    """A worker's loop: a batch in, its results (or the first failure) out, until the
    parent closes the task pipe or is gone."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    for conn in parents:
        conn.close()
    while True:
        try:
            batch = tasks.recv()
        except EOFError:
            return
        try:
            out: list[Any] | Failure = [work(item) for item in batch]
        except ExtractionFailed as exc:
            out = Failure(exc.message, str(exc.path) if exc.path else None, exc.detail)
        except Exception as exc:  # it goes back to the parent, which raises it
            out = Failure(f"the NLP pipeline failed: {type(exc).__name__}: {exc}", None,
                          traceback.format_exc())
        try:
            results.send(out)
        except OSError:  # the parent is gone
            return
