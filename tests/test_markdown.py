"""Markdown body to NLP text: what is left out, what is kept, and the map back to the source."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.ingest import Source, read
from kg.ingest.markdown import convert


def text_of(body: str) -> str:
    return convert(body).text


@pytest.mark.parametrize("fence", ["```", "~~~", "````", "```python", "~~~ {.bash}"])
def test_fenced_code_is_left_out(fence: str) -> None:
    closing = fence.split()[0].rstrip("python")
    body = (f"Before the block.\n\n{fence}\nsecret_fenced_call(42)\nmore_code = 1\n"
            f"{closing}\n\nAfter it.\n")
    text = text_of(body)
    assert "secret_fenced_call" not in text and "more_code" not in text
    assert "Before the block." in text and "After it." in text


def test_tilde_fence_is_not_closed_by_backticks() -> None:
    text = text_of("Intro.\n\n~~~\nfirst_hidden\n```\nsecond_hidden\n~~~\n\nOutro.\n")
    assert "first_hidden" not in text and "second_hidden" not in text
    assert "Outro." in text


def test_indented_code_is_left_out() -> None:
    text = text_of("A paragraph.\n\n    indented_secret()\n    another_line\n\nBack to prose.\n")
    assert "indented_secret" not in text and "another_line" not in text
    assert "A paragraph." in text and "Back to prose." in text


def test_liquid_tags_and_highlight_blocks_are_left_out() -> None:
    body = (
        "Opening words {% include callout.html kind='note' %} stay here.\n\n"
        "{% highlight ruby %}\nliquid_hidden_code = true\n{% endhighlight %}\n\n"
        "{% highlight sh %}one_line_hidden{% endhighlight %}\n\n"
        "The title is {{ page.title }} and {% raw %}\nraw_hidden\n{% endraw %}\n\n"
        "Closing words.\n"
    )
    text = text_of(body)
    for hidden in ("include", "callout", "liquid_hidden_code", "one_line_hidden", "page.title",
                   "raw_hidden", "{%", "%}", "{{"):
        assert hidden not in text
    assert "Opening words" in text and "stay here." in text and "Closing words." in text


def test_html_tags_go_but_their_text_stays() -> None:
    body = ('Some <b>bold</b> and <span class="hint">spanned words</span> here.<br/>\n'
            '<div class="note">\nInside a div.\n</div>\n\n'
            "<pre>\npre_hidden_text\n</pre>\n\n<!-- a hidden\ncomment_hidden -->\nVisible after.\n")
    text = text_of(body)
    assert "Some bold and spanned words here." in text
    assert "Inside a div." in text and "Visible after." in text
    assert "<" not in text and ">" not in text
    assert "pre_hidden_text" not in text and "comment_hidden" not in text


def test_entities_are_decoded() -> None:
    assert "Salt & Pepper" in text_of("Salt &amp; Pepper&nbsp;talk.\n")


def test_links_keep_their_text_and_record_their_target() -> None:
    body = ("Read the [Quarkle docs](https://quarkle.example/docs \"Docs\") first, "
            "then <a href=\"https://anchor.example/x\">the anchor page</a>, "
            "then the [team wiki][wiki].\n\n[wiki]: https://wiki.example/home\n")
    c = convert(body)
    assert "Read the Quarkle docs first, then the anchor page, then the team wiki." in c.text
    assert "https://" not in c.text and "[wiki]" not in c.text
    found = {(lk.text, lk.target) for lk in c.links}
    assert found == {
        ("Quarkle docs", "https://quarkle.example/docs"),
        ("the anchor page", "https://anchor.example/x"),
        ("team wiki", "https://wiki.example/home"),
    }
    for lk in c.links:  # the recorded span is the link text in the NLP text
        assert c.text[lk.start:lk.end] == lk.text


def test_images_and_bare_urls_are_dropped() -> None:
    body = ("A diagram ![alt words of the image](img/arch.png) here, a badge "
            "[![ci badge](https://ci.example/b.svg)](https://ci.example) and "
            "a bare https://bare.example/path link.\n")
    c = convert(body)
    assert "alt words" not in c.text and "ci badge" not in c.text
    assert "arch.png" not in c.text and "bare.example" not in c.text
    assert "A diagram" in c.text and "here, a badge" in c.text


def test_headings_are_recorded_with_level_and_text() -> None:
    body = ("# Top level\n\nIntro text.\n\n## Second *level* ##\n\nMore.\n\n"
            "### Third with [a link](https://x.example)\n\nEven more.\n\n"
            "Setext title\n============\n\nLast words.\n")
    c = convert(body)
    got = [(h.level, h.text) for h in c.headings]
    assert got == [(1, "Top level"), (2, "Second level"), (3, "Third with a link"),
                   (1, "Setext title")]
    for h in c.headings:
        assert c.text[h.start:h.end] == h.text
    # A heading is its own block: never glued to the sentence that follows.
    assert "Top level\n\nIntro text." in c.text


def test_setext_level_two_heading_is_recorded() -> None:
    c = convert("Intro text.\n\nKeynote on storage\n------------------\n\nBody text.\n")
    assert [(h.level, h.text) for h in c.headings] == [(2, "Keynote on storage")]


def test_inline_code_keeps_its_words(tmp_path: Path) -> None:
    path = tmp_path / "inline.md"
    path.write_text("---\ntitle: Inline\n---\nWe ran `kubectl` against Kubernetes.\n",
                    encoding="utf-8")
    post = read(Source(path, "inline.md"))
    assert post is not None
    i = post.text.index("kubectl")
    s, e = post.to_source(i, i + len("kubectl"))
    assert path.read_text(encoding="utf-8")[s:e] == "kubectl"


def test_list_items_are_separate_blocks() -> None:
    text = text_of("Things we saw:\n\n- Ansible in the lab\n- Terraform on stage\n")
    assert "Ansible in the lab\n" in text and "Ansible in the lab Terraform" not in text


@pytest.mark.parametrize("rule", ["***", "---", "___", "- - -"])
def test_horizontal_rule_is_not_text_nor_a_heading(rule: str) -> None:
    c = convert(f"Part one.\n\n{rule}\n\nPart two.\n")
    assert c.headings == ()
    assert not set(rule) - {" "} & set(c.text)
    assert "Part one." in c.text and "Part two." in c.text


# --- the offset map: text offsets back to the exact characters of the file ----------------

POST = """---
title: "Crème brûlée and containers — día uno"
author: Zoë Ñandú
tags: [café, 日本]
---
Über café ☕ notes: we met at the **Ferngrove Assembly** in Zürich.

## Talks on *Kubernetes*

Read the [Quarkle manual](https://quarkle.example/manual) before Ansible.
Some <em>emphasised words</em> and `inline_code` too, then {% include x.html %} Nova.

```
skipped()
```

Last line names Prometheus &amp; Thanos.
"""

WORDS = ["Über", "café", "Ferngrove Assembly", "Zürich", "Talks on", "Kubernetes",
         "Quarkle manual", "Ansible", "emphasised words", "inline_code", "Nova", "Prometheus",
         "Thanos", "notes: we met at the"]


@pytest.mark.parametrize("newline", ["\n", "\r\n"])
def test_offsets_map_words_back_to_the_source_file(tmp_path: Path, newline: str) -> None:
    path = tmp_path / "offsets.md"
    path.write_bytes(POST.replace("\n", newline).encode("utf-8"))
    post = read(Source(path, "offsets.md"))
    assert post is not None
    raw = path.read_bytes().decode("utf-8")
    for word in WORDS:
        i = post.text.index(word)
        s, e = post.to_source(i, i + len(word))
        assert raw[s:e] == word, (word, raw[s - 5:e + 5])
    assert "skipped()" not in post.text and "Prometheus & Thanos" in post.text


def test_offsets_of_links_and_headings_point_into_the_source(tmp_path: Path) -> None:
    path = tmp_path / "spans.md"
    path.write_text(POST, encoding="utf-8")
    post = read(Source(path, "spans.md"))
    assert post is not None
    raw = path.read_text(encoding="utf-8")
    (link,) = post.links
    s, e = post.to_source(link.start, link.end)
    assert raw[s:e] == "Quarkle manual" and link.target == "https://quarkle.example/manual"
    (heading,) = post.headings
    assert (heading.level, heading.text) == (2, "Talks on Kubernetes")
    # The heading's words map back one by one (the emphasis markup sits between them).
    for word in ("Talks", "Kubernetes"):
        i = post.text.index(word, heading.start)
        s, e = post.to_source(i, i + len(word))
        assert raw[s:e] == word


def test_blocks_say_what_each_part_of_the_body_is() -> None:
    body = ("# Talks\n\nAn intro paragraph\nthat wraps.\n\n* first item\n  continued\n"
            "  * nested item\n\n| Talk | Speaker |\n|---|---|\n| Queues | Ann Lee |\n\n"
            "> a quoted abstract\n")
    c = convert(body)
    blocks = [(b.kind, b.depth, c.text[b.start:b.end]) for b in c.blocks]
    assert blocks[0] == ("heading", 1, "Talks")
    assert blocks[1] == ("paragraph", 0, "An intro paragraph that wraps.")
    assert blocks[2][:2] == ("item", 0) and blocks[2][2].startswith("first item")
    assert blocks[3] == ("item", 1, "nested item")
    assert [b[0] for b in blocks[4:]] == ["row", "row", "quote"]
    assert "Queues" in blocks[5][2] and "Ann Lee" in blocks[5][2]


def test_emphasis_is_kept_as_marks_across_links() -> None:
    c = convert("[**Dive into Queues**, with Ann Lee](https://example.org/talk/1)\n\n"
                "Some *quiet* and <strong>loud</strong> words.\n")
    marks = [(c.text[m.start:m.end], m.strong) for m in c.marks]
    assert marks == [("Dive into Queues", True), ("quiet", False), ("loud", True)]
    assert "**" not in c.text and "<strong>" not in c.text


def test_emphasis_never_runs_across_blocks() -> None:
    c = convert("A stray ** opener\n\nNext **bold** block\n")
    assert [c.text[m.start:m.end] for m in c.marks] == ["bold"]
