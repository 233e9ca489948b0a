"""Generate general_more.tsv: well-known names the other lists lacked, checked by hand
against the lists with a list of names any developer would know (web platforms,
Perl's and Java's frameworks, proof assistants, desktop and chat tools, security
tokens, a few companies). Hand-curated from general knowledge (nothing copied from
the corpus or the gold).

Run: /work/main/.venv/bin/python data/gazetteers/make_general_more.py
"""

from _gazlib import parse_table, write_tsv

# name ; aliases ; ambiguous ; wikidata
WEB = """
YouTube ; Youtube|youtube.com ; 0 ; Q866
Stack Overflow ; StackOverflow|Stackoverflow ; 0
Hacker News ; HackerNews ; 0
Wikipedia ; ; 0 ; Q52
Mastodon ; ; 0
Bluesky ; ; 0
Signal ; ; 1
Gitter ; ; 0
Freenode ; ; 0
Libera.Chat ; ; 0
Jitsi ; Jitsi Meet ; 0
BigBlueButton ; ; 0
Matrix ; ; 1
Read the Docs ; ReadTheDocs|readthedocs ; 0
WebEx ; ; 0
OneNote ; ; 0
Roam Research ; ; 0
Logseq ; ; 0
Todoist ; ; 0
OmniFocus ; ; 0
Raycast ; ; 0
KeePass ; KeePassXC ; 0
Authy ; ; 0
YubiKey ; Yubikey ; 0
Windows Terminal ; ; 0
PowerToys ; ; 0
Alacritty ; ; 0
WezTerm ; ; 0
MacPorts ; ; 0
winget ; ; 0
"""

LANGUAGES_AND_LIBRARIES = """
Dancer ; Dancer2 ; 1
Mojolicious ; ; 0
Catalyst ; ; 1
Moose ; ; 1
asyncio ; ; 0
Idris ; ; 0
Agda ; ; 0
Coq ; ; 0
Lean ; Lean 4 ; 1
TLA+ ; ; 0
Alloy ; ; 1
Datomic ; ; 0
Chapel ; ; 1
Guile ; GNU Guile ; 0
SBCL ; Steel Bank Common Lisp ; 0
Emacs Lisp ; Elisp ; 0
AppleScript ; ; 0
Hotwire ; ; 0
Stimulus ; ; 1
Livewire ; ; 0
Inertia.js ; ; 0
Zustand ; ; 0
Zod ; ; 0
Enzyme ; ; 1
NativeScript ; ; 0
wxWidgets ; ; 0
Tkinter ; tkinter ; 0
BeeWare ; ; 0
UIKit ; ; 0
SLF4J ; ; 0
Logback ; ; 0
Guava ; ; 1
Lombok ; Project Lombok ; 1
Javalin ; ; 0
Ratpack ; ; 0
Vaadin ; ; 0
JavaServer Faces ; JSF ; 0
Sorbet ; ; 1
Kedro ; ; 0
Meltano ; ; 0
Swagger UI ; ; 0
Redoc ; ; 0
OpenFeature ; ; 0
Ethereum ; ; 0
Bitcoin ; ; 0
Solana ; ; 0
Hyperledger Fabric ; ; 0
"""

ORGANIZATIONS = """
Okta ; ; 0
ASML ; ; 0
Bol.com ; bol.com ; 0
Google DeepMind ; ; 0
X Corp ; X Corp. ; 0
"""

EVENTS = """
PyCon AU ; ; 0
ReactConf ; ; 0
The Perl Conference ; TPC ; 0
PHP UK Conference ; PHP UK ; 0
Community Over Code ; ; 0
"""

if __name__ == "__main__":
    write_tsv("general_more.tsv", parse_table(WEB, "Software")
              + parse_table(LANGUAGES_AND_LIBRARIES, "Software")
              + parse_table(ORGANIZATIONS, "Organization") + parse_table(EVENTS, "Event"))
