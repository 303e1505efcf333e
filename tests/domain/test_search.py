import pytest

from soyuz_gui.domain.search import _word_rank, search, word_groups, word_matcher, words


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


def test_typos_missing_hyphens_and_zeros_still_find_it(catalog):
    assert search(catalog, "shkaplerv")[0].entity_id == "anton-shkaplerov"
    assert search(catalog, "kanay")[0].entity_id == "norishige-kanai"
    for query in ("ms07", "ms-7", "soyuz ms 7", "Soyuz MS-07", "SOYUZ  ms 07"):
        assert search(catalog, query)[0].entity_id == "soyuz-ms-07", query


def test_cyrillic_is_read_as_latin_and_accents_do_not_matter(catalog):
    assert search(catalog, "шкаплеров")[0].entity_id == "anton-shkaplerov"
    assert search(catalog, "Shkaplérov")[0].entity_id == "anton-shkaplerov"


def test_each_place_is_listed_once_and_the_closest_name_first(catalog):
    hits = search(catalog, "expedition 54")
    keys = [(h.kind, h.entity_id, h.title) for h in hits]
    assert len(keys) == len(set(keys))
    assert hits[0].entity_id == "iss-expedition-54"
    assert search(catalog, "soyuz 1")[0].entity_id == "soyuz-1"
    assert search(catalog, "salyut 7")[0].entity_id == "salyut-7"
    assert [h.kind for h in search(catalog, "komarov")][0] == "person"


def test_short_words_and_numbers_are_not_guessed(catalog):
    assert search(catalog, "soyuz 99999") == []
    assert all(h.entity_id != "soyuz-ms-07" for h in search(catalog, "ms 70"))


@pytest.mark.parametrize("query", ["ms-07", "shkaplerv kanai", "soyuz 7", "шкаплеров", "exped", "tma 1", "zzz"])
def test_the_word_matcher_agrees_with_matching_each_text_afresh(catalog, query):
    """The tree filter's matcher remembers per word whether it matches; the answers are those of a fresh match."""
    groups = word_groups(query)
    matcher = word_matcher(groups)
    texts = [f"{m.name} {m.id} {m.callsign or ''}" for m in catalog.missions()]
    texts += [p.name for p in catalog.people()] + ["Anton Shkaplerov", "Expedition 54", "Soyuz TMA-1", ""]
    for text in texts * 2:  # the second round answers from what the matcher remembered
        fresh = all(any(_word_rank(form, words(text), {}) is not None for form in group) for group in groups)
        assert matcher(words(text)) == fresh, text
