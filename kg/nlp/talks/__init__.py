"""Sessions and their speakers, events and subjects, whichever way a post writes them
(``kg_talk_lines``, ``kg_sessions``, ``kg_narrative_sessions``, ``kg_session_context``)."""
