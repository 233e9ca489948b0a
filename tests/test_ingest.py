"""Files to posts: front matter, drafts, site layouts (Jekyll, Hugo) and bad input."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from kg.errors import InputError
from kg.ingest import Author, Source, discover, read
from tests.helpers_build import BAD, jekyll_site, write_post

BODY = "Kubernetes runs on OpenStack at the Ferngrove Assembly.\n"


def read_one(path: Path, **kw) -> object:
    return read(Source(path, path.name), **kw)


def sources(*roots: Path, drafts: bool = False) -> list:
    return list(discover(list(roots), drafts=drafts))


# --- front matter --------------------------------------------------------------------------

def test_yaml_front_matter_fields(tmp_path: Path) -> None:
    path = write_post(tmp_path, "yaml.md", BODY, front=(
        'title: "Notes: a day at the Ferngrove Assembly"\n'
        "date: 2021-04-05 09:30\n"
        "author: Wren Halloway\n"
        "categories:\n  - Events\n  - Cloud\n"
        "tags: [kubernetes, openstack]\n"))
    post = read_one(path)
    assert post.title == "Notes: a day at the Ferngrove Assembly"
    assert post.date == dt.date(2021, 4, 5)
    assert post.authors == (Author("Wren Halloway"),)
    assert post.categories == ("Events", "Cloud")
    assert post.tags == ("kubernetes", "openstack")
    assert post.text.strip() == BODY.strip()


def test_toml_front_matter_fields(tmp_path: Path) -> None:
    path = tmp_path / "toml.md"
    path.write_text(
        '+++\ntitle = "Gathering notes"\ndate = 2019-05-23T10:00:00Z\n'
        'authors = ["Wren Halloway", "Ada Brisk"]\ncategories = ["Events"]\n'
        'tags = ["cncf"]\ndraft = false\n+++\n\n' + BODY, encoding="utf-8")
    post = read_one(path)
    assert post.title == "Gathering notes"
    assert post.date == dt.date(2019, 5, 23)
    assert [a.name for a in post.authors] == ["Wren Halloway", "Ada Brisk"]
    assert post.categories == ("Events",) and post.tags == ("cncf",)


@pytest.mark.parametrize(("front", "expected"), [
    ("authors: [Ada Brisk, Wren Halloway]\n", ["Ada Brisk", "Wren Halloway"]),
    ("author: Ada Brisk, Wren Halloway\n", ["Ada Brisk", "Wren Halloway"]),
    ("author:\n  name: Ada Brisk\n", ["Ada Brisk"]),
    ("authors:\n  - name: Ada Brisk\n  - name: Wren Halloway\n", ["Ada Brisk", "Wren Halloway"]),
    ("authors: [Ada Brisk]\nauthor: Someone Else\n", ["Ada Brisk"]),
    ("title: x\n", []),
])
def test_author_shapes(tmp_path: Path, front: str, expected: list[str]) -> None:
    post = read_one(write_post(tmp_path, "a.md", BODY, front=front))
    assert [a.name for a in post.authors] == expected


def test_title_defaults_to_the_file_name_and_a_bad_date_is_no_date(tmp_path: Path) -> None:
    post = read_one(write_post(tmp_path, "untitled-notes.md", BODY, front="date: someday\n"))
    assert post.title == "untitled-notes" and post.date is None


def test_a_bom_before_front_matter_is_fine(tmp_path: Path) -> None:
    path = tmp_path / "bom.md"
    path.write_bytes("\ufeff---\ntitle: With a BOM\n---\nText about Ansible.\n".encode())
    assert read_one(path).title == "With a BOM"


@pytest.mark.parametrize("flag", ["published: false\n", "draft: true\n"])
def test_yaml_drafts_are_skipped_unless_asked_for(tmp_path: Path, flag: str) -> None:
    path = write_post(tmp_path, "draft.md", BODY, front="title: Not yet\n" + flag)
    assert read_one(path) is None
    post = read_one(path, drafts=True)
    assert post is not None and post.title == "Not yet"


def test_toml_draft_is_skipped_unless_asked_for(tmp_path: Path) -> None:
    path = tmp_path / "draft.md"
    path.write_text('+++\ntitle = "Soon"\ndraft = true\n+++\n' + BODY, encoding="utf-8")
    assert read_one(path) is None
    assert read_one(path, drafts=True).title == "Soon"


def test_published_true_and_draft_false_are_posts(tmp_path: Path) -> None:
    path = write_post(tmp_path, "p.md", BODY, front="published: true\ndraft: false\n")
    assert read_one(path) is not None


# --- where posts are found -----------------------------------------------------------------

def test_hugo_page_bundle_is_one_post_named_after_the_bundle(tmp_path: Path) -> None:
    site = tmp_path / "site"
    bundle = site / "content" / "posts" / "harbour-summit-2020"
    bundle.mkdir(parents=True)
    (bundle / "index.md").write_text('+++\ntitle = "Harbour"\n+++\n' + BODY, encoding="utf-8")
    (bundle / "cover.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    (site / "content" / "_index.md").write_text("+++\ntitle = 'Home'\n+++\nWelcome.\n")
    (site / "README.md").write_text("# Site readme\n")
    (site / ".hidden").mkdir()
    write_post(site / ".hidden", "secret.md", BODY)
    found = sources(site)
    assert [s.identifier for s in found] == ["content/posts/harbour-summit-2020/index.md"]
    assert read(found[0]).title == "Harbour"


def test_two_bundles_given_as_files_keep_distinct_identifiers(tmp_path: Path) -> None:
    paths = []
    for name in ("alpha-days", "beta-days"):
        (tmp_path / name).mkdir()
        paths.append(tmp_path / name / "index.md")
        paths[-1].write_text(f'+++\ntitle = "{name}"\n+++\n' + BODY, encoding="utf-8")
    found = sources(*paths)
    assert [s.identifier for s in found] == ["alpha-days/index.md", "beta-days/index.md"]
    # Any other file given by itself is named by its file name.
    other = write_post(tmp_path, "plain.md", BODY)
    assert [s.identifier for s in sources(other)] == ["plain.md"]


def test_jekyll_site_posts_authors_and_events(tmp_path: Path) -> None:
    site = jekyll_site(tmp_path / "blog")
    found = sources(tmp_path)
    assert [s.identifier for s in found] == [
        "blog/_posts/2021-04-05-ferngrove-recap.md", "blog/_posts/2021-04-09-second.md",
        "blog/_posts/2021-04-10-guest.md"]
    recap, second, guest = (read(s) for s in found)
    # An author key from the front matter finds the profile ...
    assert recap.authors == (Author("Wren Halloway", "Staff Engineer", "wren_codes", "wrenhal"),)
    # ... and so does the author's name, in any case.
    assert second.authors == (Author("Ada Brisk", "Developer Advocate"),)
    assert guest.authors == (Author("Guest Writer"),)
    assert [e["name"] for e in recap.events] == ["Ferngrove Assembly"]
    assert found[0].site is not None and found[0].site.root.resolve() == site.resolve()


def test_a_post_given_from_inside_a_jekyll_site_still_gets_its_profiles(tmp_path: Path) -> None:
    site = jekyll_site(tmp_path / "blog")
    recap = site / "_posts" / "2021-04-05-ferngrove-recap.md"
    for root in (recap, site / "_posts"):
        found = [s for s in sources(root) if isinstance(s, Source)]
        post = read(found[0])
        assert post.authors[0].job == "Staff Engineer", root
        assert [e["name"] for e in post.events] == ["Ferngrove Assembly"]
    assert [s.identifier for s in sources(recap)] == ["2021-04-05-ferngrove-recap.md"]


def test_jekyll_drafts_folder_only_on_request(tmp_path: Path) -> None:
    jekyll_site(tmp_path / "blog")
    ids = {s.identifier for s in sources(tmp_path, drafts=True)}
    assert "blog/_drafts/unfinished.md" in ids
    assert "blog/_drafts/unfinished.md" not in {s.identifier for s in sources(tmp_path)}


def test_broken_author_profiles_are_reported_and_posts_still_found(tmp_path: Path) -> None:
    site = jekyll_site(tmp_path / "blog")
    (site / "_data" / "authors.yml").write_text("wren: [unclosed\n", encoding="utf-8")
    found = sources(site)
    errors = [s for s in found if isinstance(s, InputError)]
    posts = [s for s in found if isinstance(s, Source)]
    assert len(errors) == 1 and errors[0].path.name == "authors.yml"
    assert "author profiles not read" in str(errors[0])
    assert len(posts) == 3 and read(posts[0]).authors == (Author("wren"),)


def test_broken_event_record_is_reported(tmp_path: Path) -> None:
    site = jekyll_site(tmp_path / "blog")
    (site / "_events" / "2021-09-09-bad.md").write_text("---\nname: [x\n---\n")
    errors = [s for s in sources(site) if isinstance(s, InputError)]
    assert [e.path.name for e in errors] == ["2021-09-09-bad.md"]
    assert "event record not read" in str(errors[0])


def test_a_missing_path_is_an_error_not_a_crash(tmp_path: Path) -> None:
    (err,) = sources(tmp_path / "nowhere")
    assert isinstance(err, InputError) and "no such file or folder" in str(err)


# --- bad input: one clear error naming the file and the cause ------------------------------

@pytest.mark.parametrize("kind", sorted(BAD))
def test_bad_input_gives_one_clear_error(tmp_path: Path, kind: str) -> None:
    make, cause = BAD[kind]
    path = tmp_path / f"{kind}.md"
    make(path)
    with pytest.raises(InputError) as info:
        read_one(path)
    exc = info.value
    assert exc.path == path
    assert cause in exc.cause
    message = str(exc)
    assert message.startswith(str(path)) and "\n" not in message


def test_yaml_error_says_which_line(tmp_path: Path) -> None:
    path = tmp_path / "line.md"
    path.write_text("---\ntitle: ok\nauthor: fine\ntags: [a, b\n---\nText.\n")
    with pytest.raises(InputError, match=r"at line \d+"):
        read_one(path)
