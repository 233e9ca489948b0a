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
"""

from __future__ import annotations

import multiprocessing as mp
import signal
import traceback
from collections import deque
from collections.abc import Callable, Generator, Iterable, Iterator
from dataclasses import dataclass
from itertools import islice
from multiprocessing.connection import Connection
from typing import Any, TypeVar

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

    where: str | None
    cause: str
    detail: str


class Worker:
    """One forked process with a pipe for batches in and a pipe for results out."""

    def __init__(self, work: Callable[[Any], Any], others: list[Worker]) -> None:
        ctx = mp.get_context("fork")
        task_out, self.tasks = ctx.Pipe(duplex=False)
        self.results, result_in = ctx.Pipe(duplex=False)
        inherited = [conn for w in others for conn in (w.tasks, w.results)]
        self.process = ctx.Process(target=_serve, args=(work, task_out, result_in, inherited),
                                   daemon=True, name="kg-nlp-worker")
        self.process.start()
        task_out.close()  # the worker's ends: while the parent holds them, no EOF ever comes
        result_in.close()

    def send(self, batch: list[Any]) -> None:
        self.tasks.send(batch)

    def receive(self) -> list[Any]:
        """The results of the batch sent last; :class:`ExtractionFailed` if it raised."""
        try:
            got = self.results.recv()
        except EOFError:
            self.process.join(GRACE_SECONDS)
            raise ExtractionFailed(None, f"an NLP worker process ended unexpectedly "
                                         f"(exit status {self.process.exitcode})") from None
        if isinstance(got, Failure):
            raise ExtractionFailed(got.where, got.cause, got.detail)
        return got

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


def run(work: Callable[[Any], R], items: Iterable[tuple[Any, T]], n_process: int,
        batch_size: int) -> Generator[tuple[R, T], None, None]:
    """``(work(item), ctx)`` for each ``(item, ctx)``, in order, computed by ``n_process``
    workers; the contexts stay in this process."""
    batches = _batches(items, batch_size)
    workers: list[Worker] = []
    done = False
    try:
        for _ in range(n_process):
            workers.append(Worker(work, workers))
        pending: deque[tuple[Worker, list[tuple[Any, T]]]] = deque()
        for worker, batch in zip(workers, batches, strict=False):  # fewer batches than workers
            worker.send([item for item, _ in batch])
            pending.append((worker, batch))
        while pending:
            worker, batch = pending.popleft()
            results = worker.receive()
            following = next(batches, None)
            if following is not None:  # before yielding: the worker works while we write
                worker.send([item for item, _ in following])
                pending.append((worker, following))
            yield from zip(results, (ctx for _, ctx in batch), strict=True)
        done = True
    finally:
        for worker in workers:
            worker.stop(kill=not done)


def _batches(items: Iterable[T], size: int) -> Iterator[list[T]]:
    it = iter(items)
    while batch := list(islice(it, size)):
        yield batch


def _serve(work: Callable[[Any], Any], tasks: Connection, results: Connection,
           inherited: list[Connection]) -> None:
    """A worker's loop: a batch in, its results (or the first failure) out, until the
    parent closes the task pipe."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    for conn in inherited:  # the other workers' parent ends: holding them would keep
        conn.close()        # those workers from ever seeing the parent go
    while True:
        try:
            batch = tasks.recv()
        except EOFError:
            return
        try:
            out: list[Any] | Failure = [work(item) for item in batch]
        except ExtractionFailed as exc:
            out = Failure(str(exc.path) if exc.path else None, exc.cause, exc.detail)
        except Exception as exc:  # it goes back to the parent, which raises it
            out = Failure(None, f"{type(exc).__name__}: {exc}", traceback.format_exc())
        try:
            results.send(out)
        except OSError:  # the parent is gone
            return
