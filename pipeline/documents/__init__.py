"""Documents the office writes next, from the judged records: reminder letters (công văn đôn
đốc) and the draft of the district's own summary report, as DOCX per Nghị định 30/2020.

What it does: standing.py says where each roster unit stands, letters.py and summary_report.py
decide what each document says (pure, into model.py's plain description), docx_writer.py fills
the template DOCX (rules/templates/, built by scripts/make_templates.py) with python-docx.
What it leaves to others: the verdicts (pipeline/judge.py, overrides.py), the directive's words
(the rules file), the commands (tdkt/cli_documents.py).
"""
