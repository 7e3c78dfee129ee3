import pytest

from workbench.nlp.suggest.storage import scheme_codes


@pytest.fixture(scope="session")
def scheme_nl():
    return scheme_codes("klantbeleving", "nl")
