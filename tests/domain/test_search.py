from soyuz_gui.domain.search import search


def test_exact_and_prefix_matches_rank_first(catalog):
    hits = search(catalog, "soyuz ms-07")
    assert hits[0].entity_id == "soyuz-ms-07"
    assert hits[0].kind == "mission"


def test_people_are_found_by_surname_and_native_script(catalog):
    assert search(catalog, "kanai")[0].entity_id == "norishige-kanai"
    assert search(catalog, "Шкаплеров")[0].entity_id == "anton-shkaplerov"


def test_events_open_their_mission(catalog):
    hits = [h for h in search(catalog, "abort") if h.kind == "event"]
    assert hits
    assert all(catalog.mission(h.entity_id) for h in hits)


def test_every_word_must_match_and_empty_query_finds_nothing(catalog):
    assert search(catalog, "") == []
    assert search(catalog, "kanai zzzz") == []


def test_expeditions_are_searchable(catalog):
    assert search(catalog, "expedition 54")[0].entity_id == "iss-expedition-54"
