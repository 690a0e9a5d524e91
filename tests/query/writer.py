"""A real writer process for concurrency tests: holds a store open and adds batches of events to it.

    python tests/query/writer.py STORE BATCHES EVENTS_PER_BATCH PAUSE_SECONDS [CHECKPOINT_EVERY]

Prints ``ready`` once the first batch is committed, ``done N`` at the end; every batch is one
transaction of whole articles, so a consistent reader only ever sees multiples of the batch size.
"""

from __future__ import annotations

import datetime as dt
import sys
import time

from detente.records import ActorRef, Article, Cameo, Event, Evidence, Plover
from detente.store import Store


def batch(number: int, size: int) -> list[tuple[Article, list[Event]]]:
    article = Article(id=f"w{number:05d}", date=dt.date(2024, 1, 1) + dt.timedelta(days=number % 300), text="text")
    src = ActorRef(code="IRNGOV", name="Iran", text="Iranian officials", country="IRN", role="GOV")
    tgt = ActorRef(code="TURGOV", name="Turkey", text="Turkish officials", country="TUR", role="GOV")
    events = []
    for i in range(size):
        sentence = f"Iranian officials met Turkish officials, meeting {i} of batch {number}, padding {'x' * 400}."
        events.append(
            Event(
                article_id=article.id,
                event_id=Event.make_id(article.id, i, 0, src.code, tgt.code, "040"),
                sentence_index=i,
                date=article.date,
                date_precision="day",
                source=src,
                target=tgt,
                cameo=Cameo(code="040", root="04", name="Consult", goldstein=1.0, quad_class=1),
                plover=Plover(event_type="CONSULT"),
                location=None,
                evidence=Evidence(sentence=sentence, start=0, end=len(sentence), rule="040.meet", trigger="met"),
            )
        )
    return [(article, events)]


def main() -> None:
    path, batches, size, pause = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), float(sys.argv[4])
    checkpoint_every = int(sys.argv[5]) if len(sys.argv) > 5 else 0
    with Store(path) as store:
        for number in range(batches):
            store.add(batch(number, size))
            if checkpoint_every and (number + 1) % checkpoint_every == 0:
                store.con.execute("CHECKPOINT")
            if number == 0:
                print("ready", flush=True)
            time.sleep(pause)
        print(f"done {batches * size}", flush=True)


if __name__ == "__main__":
    main()
