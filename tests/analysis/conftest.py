import pytest

from tests.analysis.handmade import make_handmade


@pytest.fixture
def handmade(tmp_path):
    project, ids = make_handmade(tmp_path / "hand.iwb")
    yield project, ids
    project.close()
