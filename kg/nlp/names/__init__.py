"""Finding the named things of a post: lists, link cues, the model's NER, and the rules
that choose, type and name its mentions (``kg_gazetteer``, ``kg_cues``, ``kg_ner``,
``kg_entities``)."""
