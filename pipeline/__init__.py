"""The directive's logic, as pure functions from a read Document to a judged record and on to
what the office sees. Nothing here opens inbox files (beyond process.py's one call to
tdkt.extractors.extract) or knows Prefect.

Stages, in the order a report goes through them: normalize.py, document.py (the model every
reader returns), table_stage.py (tables resolved once), segment.py (sections, sentences),
matching.py (canonical text, phrase sets), check/ (text items), figures/ (K figures),
metadata/ (F items), units.py, deadline.py, judge.py (assembles the record), process.py (file →
record), record.py (the reports.json contract); then across records: supersede.py (which file
speaks for a unit; text_sketch.py finds copies), overrides.py (the clerk's decisions), output/
(reports.json, the workbook, the CSV), documents/ (letters, the district's draft); beside them
evaluate.py (accuracy on labelled samples) and rules_draft/ (a ruleset drafted from a directive).
What it leaves to others: file formats (extractors/), orchestration (flows/), the directive's
words (rules/), the commands (tdkt/).
"""
