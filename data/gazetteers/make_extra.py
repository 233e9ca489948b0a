"""Generate extra.tsv: names the other lists lacked, found missing while reading the
extractor's errors on the devblog's dev posts and checked against general knowledge:
OpenStack release names, SDN controllers and network plugins, bare-metal provisioning
tools, desktop utilities, Google's office apps, games, and a few organisations.
Hand-curated from general knowledge (nothing copied from the corpus or the gold).

Run: /work/main/.venv/bin/python data/gazetteers/make_extra.py
"""

from _gazlib import parse_table, write_tsv

# name ; aliases ; ambiguous ; wikidata
# OpenStack's releases go by code names that are also places, people or words: the
# extractor accepts them where the context says so ("the Kilo release", "OpenStack Juno").
# Releases named after ordinary words or common names (Liberty, Newton, Pike, Queens,
# Rocky, Stein, Train, Victoria ...) are left out: they read as names too rarely.
OPENSTACK_RELEASES = """
Bexar ; ; 1
Cactus ; ; 1
Diablo ; ; 1
Essex ; ; 1
Folsom ; ; 1
Grizzly ; ; 1
Havana ; ; 1
Icehouse ; ; 1
Juno ; ; 1
Kilo ; ; 1
Mitaka ; ; 1
Ocata ; ; 1
"""

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


def rows():
    out = []
    for block in (OPENSTACK_RELEASES, NETWORKING, PROVISIONING, DESKTOP, PRODUCTS):
        out += parse_table(block, "Software")
    out += parse_table(ORGANIZATIONS, "Organization")
    return out


if __name__ == "__main__":
    write_tsv("extra.tsv", rows())
