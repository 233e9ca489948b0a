"""A synthetic conference blog of any size, made from the project's own gazetteers.

Every post is written from the templates below, filled with names from
``data/gazetteers/*.tsv`` (unambiguous entries only) and invented people, so a corpus ten
times the devblog has the same kind of text and density of names (about 7 KB, 15 entities
and 60 mentions a post; somewhat more relations), and copies no post of anyone's.
Deterministic for a given seed.

    .venv/bin/python bench/synthetic.py OUT_DIR --posts 6700
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import json
import random
from pathlib import Path

GAZETTEERS = Path(__file__).resolve().parents[1] / "data" / "gazetteers"
SURNAMES = ["Quint", "Ellery", "Fallow", "Brannagh", "Sandoval", "Lund", "Halloway", "Brisk",
            "Marrow", "Tessier", "Okonkwo", "Varga", "Lindqvist", "Achterberg", "Moreau",
            "Castellan", "Nakamura-Reyes", "Ibarra", "Whitlock", "Dunmore", "Kettering",
            "Salo", "Abernethy", "Pellegrino", "Yilmaz", "Oduya", "Rask", "Ferro", "Haldane"]
SENTENCES = [
    "{person} from {org} gave a talk about {sw} at {event} in {place}.",
    "In the afternoon session, {person} showed how {sw} runs on {sw2}.",
    "{org} uses {sw} in production, and {sw2} is part of {sw3}.",
    "We met {person} of {org}, who maintains {sw} and contributes to {sw2}.",
    "The keynote by {person} covered {sw}, {sw2} and {sw3}.",
    "{sw} integrates with {sw2}, which surprised many people in the room.",
    "{person} works at {org} and spoke about moving from {sw} to {sw2}.",
    "{event} was held in {place} this year, with more than {n} attendees.",
    "{org} announced that {sw} now supports {sw2}.",
    "{sw} got a lot of attention this year.",
    "Ask {person} about the details; the short version is in the slides.",
    "The upgrade to the latest {sw} took most of the morning.",
]
# Most sentences of a real post name nothing: here one in seven names something, which gives
# about the devblog's density (34 mentions and 16 entities a post).
FILLER = [
    "The hallway track was busy, and the coffee was better than last year.",
    "There were {n} talks on the first day alone, so we split up to cover them.",
    "Several people asked how the migration went; the short answer is: slowly.",
    "Slides and recordings should be online in a week or two.",
    "The room was full well before the start, and people sat on the floor.",
    "Most of the questions were about upgrades and what breaks along the way.",
    "We took notes on {n} pages and still missed half of the details.",
    "The demo failed once, worked the second time, and got a round of applause.",
    "Lunch was quick because everyone wanted to get back for the next track.",
    "A few of us stayed late to talk about testing in production.",
    "It is hard to pick a favourite, but the panel on on-call was close.",
    "The slides were dense, so it is worth waiting for the recording.",
    "Next year the organisers promise bigger rooms and fewer overlaps.",
    "Our team counted {n} stickers on the way home, which may be a record.",
    "The workshop ran over time, which nobody minded.",
    "If you missed it, the summary below covers the parts we liked most.",
    "Everyone agreed that documentation is still the weakest part.",
    "The speaker kept the math light and the examples concrete.",
]
TITLES = ["Scaling {sw} with {sw2}", "What {org} learned running {sw}", "{sw} in practice",
          "From {sw} to {sw2}: a migration story", "Inside {sw}: a deep dive"]
HEADINGS = ["Day one", "Day two", "Lessons learned", "Questions from the audience",
            "The hallway track", "What we will try next", "Keynotes", "Wrapping up"]
CODE = ["```bash\n{cmd} install {pkg}\n{cmd} status\n```",
        "    $ {cmd} --version\n    {pkg} 1.2.3",
        "{{% highlight yaml %}}\nservice: {pkg}\nreplicas: 3\n{{% endhighlight %}}"]


def names(*patterns: str) -> list[str]:
    """Unambiguous names from the gazetteer files matching ``patterns``."""
    out: list[str] = []
    for pattern in patterns:
        for path in sorted(GAZETTEERS.glob(pattern)):
            with path.open(encoding="utf-8") as f:
                out += [row["name"] for row in csv.DictReader(f, delimiter="\t")
                        if row.get("ambiguous", "0") == "0" and row["name"]]
    return out


class Writer:
    """Writes posts; one random generator, so the corpus depends only on the seed."""

    def __init__(self, seed: int = 13) -> None:
        self.rng = random.Random(seed)
        self.software = names("software_*.tsv")
        self.orgs = names("organizations.tsv")
        self.events = names("events.tsv")
        self.places = names("places.tsv")
        given = (GAZETTEERS / "given_names.txt").read_text(encoding="utf-8").split()
        self.people = [f"{g} {s}" for g in given[:300:3] for s in SURNAMES]

    def fill(self, template: str, cast: dict) -> str:
        sw = self.rng.sample(cast["software"], 3)
        values = {"sw": sw[0], "sw2": sw[1], "sw3": sw[2], "n": str(self.rng.randint(40, 4000)),
                  "cmd": self.rng.choice(["apt", "pip", "helm", "brew"]),
                  "pkg": sw[0].lower().replace(" ", "-"),
                  "person": self.rng.choice(cast["people"]), "org": self.rng.choice(cast["orgs"]),
                  "event": cast["event"], "place": cast["place"]}
        return template.format(**values)

    def post(self, i: int) -> tuple[str, str]:
        """File name and text of post ``i``."""
        rng = self.rng
        cast = {"people": rng.sample(self.people, 3), "orgs": rng.sample(self.orgs, 2),
                "software": rng.sample(self.software, 7), "event": rng.choice(self.events),
                "place": rng.choice(self.places)}
        date = dt.date(2012, 1, 1) + dt.timedelta(days=i % 3000)
        title = self.fill(rng.choice(TITLES), cast)
        author = rng.choice(self.people)
        parts = [self.paragraph(cast, 6)]
        for _ in range(rng.randint(8, 13)):
            parts.append("## " + (self.fill(rng.choice(TITLES), cast) if rng.random() < 0.3
                                  else rng.choice(HEADINGS)))
            parts.append(self.paragraph(cast, rng.randint(5, 9)))
            kind = rng.randrange(4)
            if kind == 0:
                parts.append("\n".join("- " + self.fill("{sw}: notes on running it next to "
                                                        "{sw2}", cast) for _ in range(3)))
            elif kind == 1:
                parts.append(self.fill(rng.choice(CODE), cast))
            elif kind == 2:
                sw = rng.choice(cast["software"])
                parts.append(f"More about [{sw}](https://example.org/{i}/{len(parts)}) "
                             "in the project's documentation.")
        text = "\n\n".join(parts)
        front = (f"---\ntitle: {json.dumps(title)}\ndate: {date.isoformat()}\n"
                 f"author: {json.dumps(author)}\ntags: [conference, notes]\n---\n")
        slug = "-".join(title.lower().split()[:4]).replace("/", "-").replace(":", "")
        return f"{date.isoformat()}-{i:05d}-{slug}.md", front + text + "\n"

    def paragraph(self, cast: dict, n: int) -> str:
        return " ".join(self.fill(self.rng.choice(SENTENCES if self.rng.random() < 0.15
                                                  else FILLER), cast) for _ in range(n))


def write_corpus(out: Path, posts: int, seed: int = 13) -> Path:
    """A Jekyll-like site with ``posts`` posts in ``out/_posts``."""
    folder = out / "_posts"
    folder.mkdir(parents=True, exist_ok=True)
    writer = Writer(seed)
    for i in range(posts):
        name, text = writer.post(i)
        (folder / name).write_text(text, encoding="utf-8")
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("--posts", type=int, default=670)
    ap.add_argument("--seed", type=int, default=13)
    args = ap.parse_args()
    write_corpus(args.out, args.posts, args.seed)
    print(f"wrote {args.posts} posts to {args.out / '_posts'}")


if __name__ == "__main__":
    main()
