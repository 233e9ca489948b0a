"""Input boundaries: only files inside the folders given to a build are read; symlink loops
end; unreadable files and folders are named and skipped; front matter delimiters as Hugo
and Jekyll accept them."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from kg.errors import InputError
from kg.graph.store import GraphStore
from kg.ingest import Source, discover, read
from tests.helpers_build import build_into, write_post

BODY = "Kubernetes runs on OpenStack at the Ferngrove Assembly.\n"


def found(*roots: Path) -> tuple[list[str], list[InputError]]:
    """The identifiers discovered under ``roots``, and the problems reported."""
    ids, problems = [], []
    for item in discover(list(roots)):
        if isinstance(item, InputError):
            problems.append(item)
        else:
            ids.append(item.identifier)
    return ids, problems


# --- symlinks --------------------------------------------------------------------------------

@pytest.fixture
def outside(tmp_path: Path) -> Path:
    """A well-formed post that is not in the folder being built."""
    return write_post(tmp_path / "elsewhere", "secret.md", "Ansible runs on Nova.\n")


def test_a_symlink_out_of_the_folder_is_skipped_with_a_line_and_not_built(
        tmp_path: Path, outside: Path, nlp) -> None:
    site = tmp_path / "site"
    write_post(site, "good.md", BODY)
    (site / "linked.md").symlink_to(outside)
    (site / "passwd.md").symlink_to("/etc/passwd")
    (site / "more").symlink_to(outside.parent, target_is_directory=True)
    store = GraphStore(None, "Memory")
    try:
        report = build_into(store, nlp, site)
        built = set(store.manifest())
    finally:
        store.close()
    assert built == {"good.md"}
    messages = {p.path.name: p.cause for p in report.problems}
    assert set(messages) == {"linked.md", "passwd.md", "more"}
    for name, cause in messages.items():
        assert "outside the folders given to kg build" in cause, name
    assert str(outside) in messages["linked.md"] and "/etc/passwd" in messages["passwd.md"]


def test_a_symlink_that_stays_inside_is_followed(tmp_path: Path) -> None:
    site = tmp_path / "site"
    real = write_post(site / "2021", "talk.md", BODY)
    (site / "latest.md").symlink_to(real)
    assert found(site) == (["2021/talk.md", "latest.md"], [])


def test_the_folders_given_together_bound_each_other(tmp_path: Path, outside: Path) -> None:
    site = tmp_path / "site"
    write_post(site, "good.md", BODY)
    (site / "linked.md").symlink_to(outside)
    ids, problems = found(site, outside.parent)
    assert ids == ["good.md", "linked.md", "secret.md"] and problems == []


def test_symlink_loops_end(tmp_path: Path) -> None:
    site = tmp_path / "site"
    write_post(site / "a" / "b", "deep.md", BODY)
    (site / "a" / "b" / "up").symlink_to(site, target_is_directory=True)
    (site / "self").symlink_to("self")
    (site / "loop.md").symlink_to("loop.md")
    ids, problems = found(site)
    assert ids == ["a/b/deep.md"]
    assert [(p.path.name, p.cause) for p in problems] == [("loop.md", "a symlink loop")]


def test_a_jekyll_sites_profiles_are_not_read_through_a_symlink_out(tmp_path: Path,
                                                                    outside: Path) -> None:
    site = tmp_path / "site"
    write_post(site / "_posts", "2021-01-01-post.md", BODY)
    (site / "_data").mkdir()
    (site / "_data" / "authors.yml").symlink_to(outside)
    ids, problems = found(site)
    assert ids == ["_posts/2021-01-01-post.md"]
    assert len(problems) == 1 and "outside the folders" in problems[0].cause


def test_a_fifo_named_like_a_post_is_never_opened(tmp_path: Path) -> None:
    write_post(tmp_path, "good.md", BODY)
    os.mkfifo(tmp_path / "pipe.md")  # opening it would block the build forever
    ids, problems = found(tmp_path)
    assert ids == ["good.md"]
    assert [(p.path.name, p.cause) for p in problems] == [("pipe.md",
                                                           "not a regular file (not read)")]


# --- unreadable files and folders ------------------------------------------------------------

def as_a_user_who_cannot_read_everything() -> list[str]:
    """A command prefix under which permissions apply: root reads everything, so as root
    the command drops the two capabilities that let it."""
    if os.geteuid() != 0:
        return []
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        pytest.skip("running as root without setpriv (util-linux) to drop its read rights")
    return [setpriv, "--bounding-set=-dac_override,-dac_read_search"]


def test_unreadable_files_and_folders_are_named_and_skipped(tmp_path: Path) -> None:
    """`kg build --strict`: one line each, no traceback."""
    if sys.platform == "win32":
        pytest.skip("POSIX permissions")
    site = tmp_path / "site"
    write_post(site, "good.md", BODY)
    secret = write_post(site, "secret.md", BODY)
    locked = site / "locked"
    write_post(locked, "inside.md", BODY)
    secret.chmod(0o000)
    locked.chmod(0o000)
    kg = Path(sys.executable).with_name("kg")
    try:
        proc = subprocess.run(
            [*as_a_user_who_cannot_read_everything(), str(kg), "build", "--strict", str(site),
             "--store", str(tmp_path / "store")], capture_output=True, text=True, timeout=120)
    finally:
        locked.chmod(0o755)  # so pytest can clean up
    assert proc.returncode == 1 and "Traceback" not in proc.stderr, proc.stderr
    lines = proc.stderr.splitlines()
    assert f"kg: skipped {locked}: folder cannot be read: Permission denied" in lines
    assert f"kg: skipped {secret}: cannot be read: Permission denied" in lines
    assert "kg: --strict: 2 bad file(s); nothing was written" in lines


# --- front matter delimiters -----------------------------------------------------------------

@pytest.mark.parametrize(("head", "tail"), [
    ("---\n", "------\n"),                    # Hugo: a longer closing line
    ("---   \n", "---  \t\n"),                # trailing spaces and tabs
    ("---\r\n", "---\r\n"),                   # CRLF
    ("---\n", "...\n"),                       # Jekyll: YAML's document end
    ("\n\n---\n", "---\n"),                   # Hugo: blank lines before the front matter
    ("\ufeff---\n", "---"),                   # BOM, and a closing line at the end of a file
])
def test_yaml_delimiters_as_hugo_and_jekyll_accept_them(tmp_path: Path, head: str,
                                                        tail: str) -> None:
    nl = "\r\n" if head.endswith("\r\n") else "\n"
    body = "" if not tail.endswith("\n") else f"Some words about Ansible.{nl}"
    path = tmp_path / "p.md"
    path.write_bytes(f"{head}title: Delimited{nl}tags: [a, b]{nl}{tail}{body}".encode())
    meta_only = not body
    if meta_only:
        with pytest.raises(InputError, match="empty body"):
            read(Source(path, "p.md"))
        return
    post = read(Source(path, "p.md"))
    assert post.title == "Delimited" and post.tags == ("a", "b")
    assert post.text.strip() == "Some words about Ansible."


@pytest.mark.parametrize("fence", ["+++", "+++  ", "++++"])
def test_toml_delimiters(tmp_path: Path, fence: str) -> None:
    path = tmp_path / "p.md"
    path.write_text(f'{fence}\ntitle = "Plus"\n{fence}\nText about Terraform.\n')
    post = read(Source(path, "p.md"))
    assert post.title == "Plus" and post.text.strip() == "Text about Terraform."


def test_hugo_json_front_matter(tmp_path: Path) -> None:
    path = tmp_path / "p.md"
    path.write_text(json.dumps({"title": "In JSON", "tags": ["x"], "draft": False}, indent=2)
                    + "\n\nText about Terraform.\n")
    post = read(Source(path, "p.md"))
    assert post.title == "In JSON" and post.tags == ("x",)
    assert post.text.strip() == "Text about Terraform."


@pytest.mark.parametrize(("text", "cause"), [
    ("---\ntitle: x\n--\nText.\n", "never closed"),
    ("+++\ntitle = 'x'\n---\nText.\n", "never closed"),
    ('{"title": "x",\n\nText.\n', "broken JSON front matter at line"),
    ("Text.\n---\ntitle: x\n---\n", "no front matter"),
])
def test_what_neither_accepts_is_still_an_error(tmp_path: Path, text: str, cause: str) -> None:
    path = tmp_path / "p.md"
    path.write_text(text)
    with pytest.raises(InputError, match=cause):
        read(Source(path, "p.md"))
