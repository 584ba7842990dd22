"""Load one self-contained module of an installed package without running the package's __init__.

underthesea's `__init__` imports every pipeline it has (0.6-1.9 s, joblib, models' code) although
`sent_tokenize` is one file with a JSON of parameters; python-docx's `__init__` imports its whole
object model (0.1 s) for a twelve-entry style-name table. Loading just that file keeps the library's
own code (the design card's choice of library) and costs milliseconds. When the file is not where
this version of the library keeps it, the caller falls back to the ordinary import.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path


def load_submodule(package: str, relative: str, name: str):
    """The module in `relative` (a path inside `package`'s folder), loaded once as `name`.

    Returns None when the package or the file is missing, or the file fails to load alone.
    """
    loaded = sys.modules.get(name)
    if loaded is not None:
        return loaded
    try:
        spec = importlib.util.find_spec(package)  # finds the folder; does not run __init__
    except (ImportError, ValueError):
        return None
    if spec is None or not spec.submodule_search_locations:
        return None
    for folder in spec.submodule_search_locations:
        path = Path(folder, relative)
        if path.is_file():
            sub_spec = importlib.util.spec_from_file_location(name, path)
            if sub_spec is None or sub_spec.loader is None:
                return None
            module = importlib.util.module_from_spec(sub_spec)
            try:
                sub_spec.loader.exec_module(module)
            except Exception:  # a library layout we do not know: the caller imports normally
                return None
            sys.modules[name] = module
            return module
    return None
