"""Relations between the entities of a sentence: dependency-parse and noun-phrase rules
(``kg_relations``), with software and affiliation rules in their own modules."""
