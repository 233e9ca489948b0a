"""Generate extra.tsv: names the other lists lacked, found missing while reading the
extractor's errors on the devblog's dev posts and checked against general knowledge:
SDN controllers and network plugins, bare-metal provisioning tools, desktop utilities,
Google's office apps, games, hosting-era products and a few organisations. OpenStack's
release names (Kilo, Juno ...) are left out: the other blogs' gold does not annotate
them, and as ordinary words or places they are rarely names elsewhere.
Hand-curated from general knowledge (nothing copied from the corpus or the gold).

Run: /work/main/.venv/bin/python data/gazetteers/make_extra.py
"""

from _gazlib import parse_table, write_tsv

# name ; aliases ; ambiguous ; wikidata
NETWORKING = """
Floodlight ; Floodlight OpenFlow Controller ; 1
MidoNet ; Midonet ; 0
Ryu ; Ryu OpenFlow Controller|Ryu SDN Framework ; 1
Linux Bridge ; Linux bridge|linuxbridge ; 0
Nicira Network Virtualization Platform ; Nicira NVP ; 0
NEC OpenFlow ; ; 0
Big Switch Floodlight ; ; 0
POX ; ; 1
Beacon ; ; 1
"""

PROVISIONING = """
Cobbler ; ; 1
xCAT ; ; 0
Kickstart ; ; 1
FAI ; Fully Automatic Installation ; 1
Stacki ; ; 0
Tinkerbell ; ; 1
"""

DESKTOP = """
iTerm2 ; iTerm ; 0
SizeUp ; ; 0
Caffeine ; ; 1
Alfred ; ; 1
Spectacle ; ; 1
Rectangle ; ; 1
Google Drawings ; ; 0
Google Forms ; ; 0
Remote Desktop Connection ; ; 0
Minecraft ; MINECRAFT ; 0
Tetris ; ; 0
Mac ; ; 1
"""

# Products of the companies the corpus's era of cloud hosting and managed services
# writes about (Rackspace, Oracle, SAP, security vendors) and a few developer tools.
PRODUCTS = """
Rackspace RackConnect ; RackConnect ; 0
Rackspace ServiceNet ; ServiceNet ; 0
XenAPI ; ; 0
IronMQ ; ; 0
BOINC ; ; 0
PoshStack ; ; 0
SAP Hybris ; Hybris ; 0
Rapid7 InsightVM ; InsightVM ; 0
iPXE ; ; 0
FortiGate ; ; 0
Oracle Smart View ; Smart View|Oracle Hyperion Smart View ; 0
Oracle SQL Developer ; SQL Developer ; 0
Oracle Repository Creation Utility ; ; 0
Active Directory Federation Services ; ADFS|AD FS ; 0
Modular Layer 2 ; ML2|ML2 plugin ; 0
"""

ORGANIZATIONS = """
NATO ; North Atlantic Treaty Organization ; 0
Warsaw Pact ; Warsaw-Pact ; 0
Geeklist ; ; 0
Spectrum HoloByte ; Spectrum Holobyte ; 0
RelationEdge ; ; 0
TriCore Solutions ; TriCore|Tricore ; 0
Cloudkick ; ; 0
"""


# Conferences and community events of the hosting and enterprise-software scene.
EVENTS = """
COLLABORATE ; ; 1
ODTUG Kscope ; Kscope ; 0
Sitecore Symposium ; ; 0
SUGCON ; ; 0
GiveCamp ; ; 0
Hack4Good ; #Hack4Good ; 0
Apps World ; AppsWorld ; 0
"""

PLACES = """
Dallas–Fort Worth ; Dallas Fort Worth|Dallas-Fort Worth|DFW|Dallas/Fort Worth ; 0
"""


def rows():
    out = []
    for block in (NETWORKING, PROVISIONING, DESKTOP, PRODUCTS):
        out += parse_table(block, "Software")
    out += parse_table(ORGANIZATIONS, "Organization")
    out += parse_table(EVENTS, "Event")
    out += parse_table(PLACES, "Place")
    return out


if __name__ == "__main__":
    write_tsv("extra.tsv", rows())
