"""PDF (.pdf) via pypdf: the text layer page by page; scanned PDFs are refused (OCR first)."""

from __future__ import annotations

import logging
from pathlib import Path

from workbench.importers.base import ImportedDocument, ImportRefused, register
from workbench.importers.common import check_size, make_document


@register("pdf")
def read_pdf(path: Path | str) -> ImportedDocument:
    from pypdf import PdfReader
    from pypdf.errors import DependencyError, FileNotDecryptedError, PdfReadError

    # pypdf logs its repairs ("EOF marker not found") to stderr; the refusal says it in words
    logging.getLogger("pypdf").setLevel(logging.CRITICAL)
    path = Path(path)
    size = check_size(path)
    if size == 0:
        raise ImportRefused(path, "import.err.empty")
    with path.open("rb") as fh:
        head = fh.read(1024)
    if b"%PDF-" not in head:
        raise ImportRefused(path, "import.err.not_pdf")
    try:
        reader = PdfReader(str(path))
        if reader.is_encrypted:
            try:
                ok = reader.decrypt("")  # an owner password alone still lets us read
            except (DependencyError, NotImplementedError) as exc:
                raise ImportRefused(path, "import.err.encrypted_pdf") from exc
            if not ok:
                raise ImportRefused(path, "import.err.password_pdf")
        pages = [page.extract_text() or "" for page in reader.pages]
    except ImportRefused:
        raise
    except (FileNotDecryptedError, DependencyError) as exc:
        raise ImportRefused(path, "import.err.password_pdf") from exc
    except (PdfReadError, ValueError, KeyError, TypeError, AttributeError, OSError) as exc:
        raise ImportRefused(path, "import.err.damaged_pdf") from exc
    if not any(p.strip() for p in pages):
        raise ImportRefused(path, "import.err.no_text_layer")
    doc = make_document(path, "\n\n".join(pages), "pdf")
    doc.metadata["pages"] = len(pages)
    return doc
