"""The clerk's review: the decisions service shared by `tdkt override` and the review page
(decisions.py), the local web page (app.py, templates/, static/), and the source view (sources.py)."""
