"""The entity step: people, organisations and places in the clean text, with roles and
canonical names, as `doc.annotations["entities"]`.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from itertools import pairwise
from pathlib import Path
from typing import Any, ClassVar, cast

from warta.document import Document
from warta.extract.canonical import known_type, quoted_nickname, resolve_in_document
from warta.extract.entity_bodies import (
    bodies_close_with_a_title,
    bodies_run_over_their_address,
    businesses_are_bodies,
    clubs_named_with_their_town,
    commissions_and_factions,
    firms_keep_their_country,
    legal_forms_close_one_firm,
    legal_forms_open_bodies,
    lists_of_bodies,
    local_governments,
    members_glued_before_their_group,
    military_units,
    national_teams,
    organs_of_bodies,
    party_branches,
    sponsors_name_teams,
    units_around_their_short_forms,
    units_by_their_short_forms,
    units_named_by_their_heads,
)
from warta.extract.entity_clubs import (
    club_aliases_outside_sports,
    clubs_after_scorelines,
    clubs_after_their_country,
    clubs_open_no_players,
    firms_after_their_origin,
    teams_before_origins,
)
from warta.extract.entity_initials import initials_of_people_named
from warta.extract.entity_missed import (
    bodies_before_their_acronyms,
    bodies_by_their_heads,
    bodies_in_titles,
    bodies_run_over_field_lists,
    bodies_take_their_head,
    firms_by_their_last_word,
    firms_run_on_to_their_short_form,
    known_bodies,
    known_venues,
    names_split_before_acronyms,
    places_run_to_their_full_name,
    plain_places,
    short_forms_after_bodies,
    short_forms_of_bodies,
)
from warta.extract.entity_people import (
    aged_are_people,
    aged_names_left_out,
    arabic_surnames_left_out,
    balinese_names_cut_short,
    balinese_names_split_off,
    balinese_sang_opens_names,
    bodies_before_people_named_alone,
    bodies_between_offices_and_people,
    bodies_cut_short,
    bodies_named_again,
    bodies_opening_people_after_their_heads,
    bodies_opening_people_in_titles,
    bodies_set_off_after_body_nouns,
    brands_of_companies,
    bung_names_people,
    businesses_of_owners,
    camel_case_names_are_bodies,
    camps_are_places,
    clerics_split_off_places,
    company_ends_are_bodies,
    company_words_open_no_names,
    court_titles_name_people,
    cues_after_quotes_open_no_names,
    days_are_no_people,
    degree_lists_are_no_names,
    degrees_close_no_names,
    degrees_set_off_are_no_names,
    double_surnames_quoted,
    employers_glued_to_their_staff,
    firms_glued_before_their_officers,
    firms_named_in_offices,
    given_names_after_honorifics,
    given_names_before_surnames_alone,
    given_names_glued_to_bodies,
    given_names_glued_to_bodies_before_people,
    given_names_left_out,
    given_names_tagged_as_bodies,
    groups_after_member_nouns,
    hospitals_named_after_people,
    initials_before_particles_are_people,
    kinds_name_no_people,
    kinds_of_bodies_set_off,
    known_bodies_before_people_in_titles,
    known_bodies_named_in_offices,
    known_bodies_run_into_people,
    kunyas_open_names,
    list_items_take_the_lists_type,
    names_before_teams_in_brackets,
    names_glued_to_places_after_titles,
    names_of_people_typed_as_bodies,
    names_quoted_alone,
    names_run_on_after_known_bodies,
    nicknames,
    nicknames_of_full_names,
    noble_titles_open_no_bodies,
    one_word_names_paired_with_people,
    origins_are_places,
    outlets_named_after_their_kind,
    owners_of_sites_are_bodies,
    particles_inside_names,
    people_after_bodies_in_titles,
    people_after_callings,
    people_after_company_endings,
    people_after_countries_of_callings,
    people_after_places_in_titles,
    people_named_after_person_nouns,
    people_named_again,
    people_quoted_by_one_word,
    people_set_off_after_origins,
    people_set_off_after_titles,
    people_who_star_or_direct,
    places_after_short_forms_in_titles,
    places_named_after_people,
    province_short_forms_open_no_names,
    quoted_people_named_like_bodies,
    relatives_set_off,
    roads_named_after_people,
    roles_set_off_run_into_their_body,
    scorers_are_people,
    short_forms_keep_their_qualifiers,
    slash_partners,
    small_words_are_no_people,
    sources_after_menurut,
    speakers_after_quote_cues,
    speakers_after_titles,
    surname_particles_left_out,
    surnames_left_out,
    surnames_written_like_acronyms,
    title_words_inside_names,
    titles_listed_as_given_names,
    untagged_words_paired_with_people,
    venues_named_again,
    venues_take_their_namesakes,
)
from warta.extract.entity_roles import (
    bodies_inside_roles,
    callings_are_no_bodies,
    callings_shared_in_lists,
    initials_take_their_calling,
    names_inside_roles,
    offices_in_brackets,
    offices_name_their_holders,
    places_of_regional_offices,
    places_open_no_names,
    roles_across_bodies,
    roles_set_off_run_over_bodies,
)
from warta.extract.entity_rules import (
    DATELINE_KEY,
    DEMONSTRATIVE_AFTER,
    OUTLET_KEY,
    armed_groups_are_bodies,
    balinese_openers,
    body_names_in_headline,
    bracketed_aliases,
    bracketed_lists_of_affiliations,
    callings_set_off_name_people,
    chinese_family_names,
    chinese_names_close_with_dan,
    chinese_yang,
    cited_outlets_are_bodies,
    clubs_in_sports_news,
    clubs_named_by_klub,
    common_nouns_before_places_are_no_names,
    counted_lists_share_a_type,
    dated_names_keep_their_month,
    dateline_places,
    firms_named_by_their_first_word,
    firms_run_to_their_brackets,
    generic_heads_join_bodies,
    glued_bodies,
    heads_before_people_name_places,
    hyphenated_names,
    initials_are_people,
    institutions_are_bodies,
    intelligence_sections_are_no_firm,
    known_bodies_in_headline,
    known_names_keep_their_type,
    known_people_joined,
    known_people_out_of_roles,
    letters_glued_before_names,
    line_up_players,
    lists_share_a_type,
    mayors_cities,
    models_after_devices,
    months_are_no_names,
    names_set_off_after_offices,
    names_split_at_a_word,
    names_split_at_wide_gaps,
    names_the_article_writes_whole,
    names_with_quoted_nicknames,
    natural_places_named_alone,
    news_sites,
    no_bare_titles,
    no_lower_case_names,
    officers_after_product_lines,
    one_type_per_entity,
    pairs_named_elsewhere,
    pairs_of_people,
    pairs_split_at_hyphens,
    people_set_off_after_cues,
    places_are_not_people,
    places_in_capitals,
    places_in_event_names,
    places_keep_their_heads,
    places_keep_their_sides,
    places_run_into_their_province,
    places_split_at_hyphens,
    quoted_towns_are_people,
    rank_grades_are_no_names,
    remains_open_no_names,
    residents_places,
    roles_of_whose_staff,
    routes_and_brands,
    saints_are_no_given_names,
    saints_close_no_names,
    seas_by_their_heads,
    sentence_openers_are_no_given_names,
    short_forms_of_offices_are_bodies,
    short_forms_of_people,
    speakers_after_quotations_are_people,
    speakers_are_people,
    specialties_are_no_names,
    spelled_out_terms_are_no_people,
    split_headline_names,
    split_places_at_heads,
    split_subheading_names,
    split_venue_and_city,
    sports_news,
    surnames_are_people,
    teams_in_sports_news,
    terms_left_by_trimming,
    titled_nicknames,
    truecase_headline,
    units_between_offices_and_ranks,
    units_of_bodies,
    venues_take_their_names,
)
from warta.extract.entity_tables import riders_keep_their_team_apart, table_rows_share_a_type
from warta.extract.entity_words import (
    amounts_close_no_names,
    benches_are_no_part_of_courts,
    bodies_across_dan,
    callings_open_no_names,
    capes_close_no_places,
    clause_words_end_names,
    common_words_close_no_places,
    conditions_are_no_names,
    countries_open_no_bodies,
    cups_are_no_people,
    english_heads_type_names,
    english_offices_are_no_people,
    event_codes_are_no_names,
    fields_of_callings_are_no_names,
    formats_are_no_names,
    full_stops_close_no_names,
    generations_are_no_names,
    grades_open_no_bodies,
    languages_are_no_people,
    misspelt_weekdays_are_no_names,
    nicknames_of_people_named,
    no_titles_or_legal_forms,
    numbered_names_are_bodies,
    numerals_close_bodies,
    places_after_offices_open_no_people,
    plates_are_no_names,
    professions_name_people,
    reference_numbers_are_no_names,
    religions_are_no_names,
    sayings_are_no_places,
    scores_split_names,
    short_forms_of_common_nouns,
    sign_offs_are_no_people,
    sports_grounds_are_places,
    stage_races_are_no_names,
    titles_glued_to_names,
    towns_with_their_country,
    units_are_no_names,
    units_places_before_ranks,
)
from warta.extract.entity_works import (
    amounts_are_no_entities,
    features_are_no_entities,
    french_named_things_are_no_people,
    groups_are_bodies,
    i_products_are_no_people,
    lettered_models_are_no_entities,
    market_indices_are_no_entities,
    models_named_after_makers,
    nominees_works_are_no_entities,
    numbered_products_are_their_makers,
    products_are_no_entities,
    products_are_their_makers,
    teams_named_after_makers,
    terms_are_no_entities,
    vehicles_are_no_entities,
    works_are_no_entities,
)
from warta.extract.ner.base import TokenSpan
from warta.extract.ner.lexicon import ADDRESS_WORDS, SUPERLATIVES, TITLE_WORDS
from warta.extract.ner.roles import (
    OF_SOMEONE,
    find_role,
    own_role,
    role_without_address,
    role_without_trailing_rank,
    split_titles,
)
from warta.extract.ner.tagger import MODEL_DIR, BioTagger, load_tagger
from warta.extract.quotes.lexicon import CLERICAL_ADDRESS
from warta.extract.quotes.speakers import FOR_SOMEONE, names_a_role, only_rank_words
from warta.extract.tokenize import Token, dateline_end, headline_end, sentences, tokenize
from warta.pipeline import DocumentStep, Step

__all__ = ["EntityOptions", "EntityRecognizer", "extract_entity_steps", "find_entities"]


@dataclass(slots=True, frozen=True)
class EntityOptions:
    """Options of the entity stage."""

    model_dir: Path = MODEL_DIR
    roles: bool = True  # attach "role" to person mentions that have one


# A given name, then the rest of the name an editor adds in square brackets: "Kris [Jenner]"
_BRACKETED_REST = re.compile(
    r"(?<![\w-])([A-Z][\w'’-]+)[ \t]+\[([A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){0,2})\]"
)


def _completed_in_brackets(
    found: list[dict[str, Any]], text: str
) -> tuple[dict[str, str], dict[tuple[int, int], str]]:
    """The full names of people an editor completes in square brackets ("Kris [Jenner]",
    "Peter [Butler]"): the given name maps to the full name, and so does the span of the
    bracketed rest where the tagger found it (not every mention of the surname, which may
    be a relative's: "Kylie Jenner")."""
    people = {(int(m["start"]), int(m["end"])) for m in found if m["label"] == "PER"}
    by_given: dict[str, str] = {}
    by_span: dict[tuple[int, int], str] = {}
    for match in _BRACKETED_REST.finditer(text):
        given, rest = match.group(1), match.group(2)
        if match.span(1) not in people or known_type(rest) is not None:
            continue
        full = f"{given} {' '.join(rest.split())}"
        by_given[given] = full
        by_span[match.span(2)] = full
    return by_given, by_span


def find_entities(
    text: str, *, tagger: BioTagger | None = None, roles: bool = True
) -> list[dict[str, Any]]:
    """Entity mentions of `text`: dicts with text, label, start, end (offsets into `text`),
    canonical and, for people with a title or role next to the name, role.

    A title-case headline opening the text is read in running-text case (see
    `truecase_headline`); mentions keep the text's own spelling."""
    found = _cased_entities(text, tagger or load_tagger(), roles)
    for mention in found:
        if mention.get("role"):
            # "Komisi Pemberantasan   Korupsi": the page's runs of spaces are no part of it
            mention["role"] = " ".join(str(mention["role"]).split())
            # (and the rank that closes it, as quotes read it: "Kabid Dokkes Polda Papua
            # [Kombes] drg. Raymond")
            mention["role"] = role_without_trailing_rank(str(mention["role"]))
            # (and a form of address: "pemain PSM Makassar [Sdr.]")
            if not (role := role_without_address(str(mention["role"]))):
                del mention["role"]
            else:
                mention["role"] = role
    return found


def _cased_entities(text: str, tagger: BioTagger, roles: bool) -> list[dict[str, Any]]:
    headline = headline_end(text)
    if not headline:
        return _find_entities(text, tagger, roles, 0)
    cased = truecase_headline(text, headline)
    found = _find_entities(cased, tagger, roles, headline)
    if cased is not text:
        for mention in found:
            seen = str(mention["text"])
            mention["text"] = text[mention["start"] : mention["end"]]
            if mention.get("canonical") == seen:
                mention["canonical"] = mention["text"]
            if mention.get("role"):
                mention["role"] = _role_as_written(text, cased, mention)
    return found


def _role_as_written(text: str, cased: str, mention: dict[str, Any]) -> str:
    """The role of a mention read in the truecased headline, in the article's own spelling
    ("Menteri Energi dan Sumber Daya Mineral", not "Menteri energi dan sumber …"): truecasing
    changes case only, so the role stands at the same offsets in both."""
    role = str(mention["role"])
    start, end = int(mention["start"]), int(mention["end"])
    at = cased.rfind(role, max(0, start - len(role) - 40), start)
    if at < 0:
        at = cased.find(role, end, end + len(role) + 40)
    return text[at : at + len(role)] if at >= 0 and len(cased) == len(text) else role


# What marks a dateline: its outlet after a comma or in brackets, a site's domain, or a place
# in capitals (not "Timnas U - 22 …", "Abu Afghan Al - Masri" opening a paragraph)
_DATELINE_MARK = re.compile(r",|\(|\.(?:com|net|id|co)\b|\b[A-Z]{4,}\b")


def _names_opening_after_datelines(
    found: list[dict[str, Any]], text: str, tagger: BioTagger, spans: list[tuple[int, int]]
) -> None:
    """A person named right after a paragraph's dateline, whom the tagger left out because the
    outlet's dashes ran into the name ("Jakarta, CNN Indonesia - - Usain Bolt menang …"), is
    read from the sentence without its dateline: only a person the sentence opens with and
    the article names again, where nothing was found or over a shorter name found; a body or
    place only over a shorter one found ("Tim nasional U - 16 Indonesia")."""
    added = False
    for start, end in spans:
        if start and text[start - 1] != "\n":
            continue
        cut = dateline_end(text, start, end)
        if not start < cut < end or _DATELINE_MARK.search(text, start, cut) is None:
            continue
        toks = tokenize(text[cut:end], offset=cut)
        words = [t.text for t in toks]
        tagged = tagger.spans_many([words])[0]
        if not tagged or tagged[0].start != 0:
            continue
        # (a title the tagger read into the name stays out: "Pangeran Harry" is Harry)
        first = split_titles(words, tagged, gazetteer=tagger.gazetteer)[0]
        if first.start >= tagged[0].end:
            continue
        a, b = toks[first.start].start, toks[first.end - 1].end
        # (whom the article names again: not a calling opening the lead, "Animator dan
        # sutradara legendaris asal Jepang, Hayao Miyazaki, …")
        if not any(
            word in str(m["text"]).split() and int(m["start"]) >= b
            for word in text[a:b].split()
            for m in found
        ):
            continue
        inside = [m for m in found if int(m["start"]) < b and a < int(m["end"])]
        if any(
            m["label"] != first.label or int(m["start"]) < a or int(m["end"]) > b for m in inside
        ) or (inside and all(int(m["end"]) - int(m["start"]) == b - a for m in inside)):
            continue
        if first.label != "PER" and not inside:
            continue  # (a body or place only over a shorter one found: "Timnas Indonesia U - 16")
        found[:] = [m for m in found if not any(m is n for n in inside)]
        found.append({"text": text[a:b], "label": first.label, "start": a, "end": b})
        added = True
    if added:
        found.sort(key=lambda m: int(m["start"]))


def _find_entities(
    text: str, tagger: BioTagger, roles: bool, headline: int
) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = []
    sentence_spans = sentences(text)
    sentence_tokens: list[list[Token]] = [
        tokenize(text[start:end], offset=start) for start, end in sentence_spans
    ]
    all_words = [[t.text for t in toks] for toks in sentence_tokens]
    for toks, words, tagged in zip(
        sentence_tokens, all_words, tagger.spans_many(all_words), strict=True
    ):
        spans = split_titles(words, tagged, gazetteer=tagger.gazetteer)
        for index, span in enumerate(spans):
            start, end = toks[span.start].start, toks[span.end - 1].end
            mention: dict[str, Any] = {
                "text": text[start:end],
                "label": span.label,
                "start": start,
                "end": end,
            }
            if roles and span.label == "PER":
                role = find_role(words, spans, index)
                if role is not None:
                    r_start, r_end = toks[role[0]].start, toks[role[1] - 1].end
                    mention["role"] = text[r_start:r_end]
                    mention[_ROLE_READ_KEY] = True
            found.append(mention)
    _names_opening_after_datelines(found, text, tagger, sentence_spans)
    sports = sports_news(text)
    names_split_at_wide_gaps(found, text)
    cues_after_quotes_open_no_names(found, text)
    roles_of_whose_staff(found, text)
    split_headline_names(found, text, headline)
    split_subheading_names(found, text)
    mayors_cities(found, text)
    names_with_quoted_nicknames(found, text)
    hyphenated_names(found, text)
    pairs_split_at_hyphens(found, text)
    balinese_openers(found, text)
    chinese_yang(found, text)
    chinese_family_names(found, text)
    chinese_names_close_with_dan(found, text)
    names_split_at_a_word(found, text)
    numerals_close_bodies(found, text)
    numbered_names_are_bodies(found)
    capes_close_no_places(found, text)
    amounts_close_no_names(found, text)
    benches_are_no_part_of_courts(found)
    grades_open_no_bodies(found, text)
    units_are_no_names(found, text)
    initials_before_particles_are_people(found)
    misspelt_weekdays_are_no_names(found, text)
    cups_are_no_people(found, text)
    languages_are_no_people(found, text)
    plates_are_no_names(found, text)
    reference_numbers_are_no_names(found, text)
    full_stops_close_no_names(found, text)
    countries_open_no_bodies(found)
    clubs_after_their_country(found, text)
    clubs_open_no_players(found, text)
    teams_before_origins(found, text)
    firms_after_their_origin(found, text)
    saints_are_no_given_names(found, text)
    saints_close_no_names(found, text)
    places_are_not_people(found, tagger.gazetteer, text)
    known_names_keep_their_type(found, tagger.gazetteer)
    line_up_players(found, text)
    officers_after_product_lines(found, text)
    no_lower_case_names(found, text, tagger.gazetteer)
    degrees_close_no_names(found, text)
    degree_lists_are_no_names(found, text)
    degrees_set_off_are_no_names(found, text)
    camel_case_names_are_bodies(found)
    company_ends_are_bodies(found)
    people_after_company_endings(found, text)
    kinds_of_bodies_set_off(found, text)
    outlets_named_after_their_kind(found, text)
    groups_after_member_nouns(found, text)
    noble_titles_open_no_bodies(found, text)
    hospitals_named_after_people(found, text)
    places_named_after_people(found, text)
    roads_named_after_people(found, text)
    venues_named_again(found, text)
    origins_are_places(found, text)
    camps_are_places(found, text)
    kunyas_open_names(found, text)
    balinese_sang_opens_names(found, text)
    bodies_set_off_after_body_nouns(found, text)
    bodies_between_offices_and_people(found, text)
    balinese_names_split_off(found, text)
    balinese_names_cut_short(found, text)
    titles_glued_to_names(found)
    callings_open_no_names(found)
    clause_words_end_names(found, text)
    common_words_close_no_places(found, text)
    terms_left_by_trimming(found)
    scores_split_names(found)
    bodies_across_dan(found, text)
    no_titles_or_legal_forms(found, text)
    english_offices_are_no_people(found, text)
    english_heads_type_names(found, text)
    professions_name_people(found, text)
    places_in_event_names(found, text)
    rank_grades_are_no_names(found, text)
    units_between_offices_and_ranks(found, text)
    no_bare_titles(found, text)
    specialties_are_no_names(found, text)
    spelled_out_terms_are_no_people(found, text)
    months_are_no_names(found, text)
    dated_names_keep_their_month(found, text)
    sayings_are_no_places(found, text)
    initials_are_people(found, text)
    places_run_to_their_full_name(found, text)  # before units take the place in
    units_of_bodies(found, text)
    military_units(found, text)
    generic_heads_join_bodies(found, text)
    institutions_are_bodies(found)
    armed_groups_are_bodies(found, text)
    organs_of_bodies(found, text)
    party_branches(found, text)
    local_governments(found, text)
    units_around_their_short_forms(found, text)
    legal_forms_open_bodies(found, text)
    legal_forms_close_one_firm(found, text)
    businesses_are_bodies(found)
    firms_keep_their_country(found, text)
    national_teams(found, text)
    clubs_named_with_their_town(found, text, sports)
    split_venue_and_city(found, tagger.gazetteer)
    split_places_at_heads(found)
    places_run_into_their_province(found)
    places_keep_their_heads(found, text)
    heads_before_people_name_places(found, text)
    places_keep_their_sides(found, text)
    natural_places_named_alone(found, text)
    seas_by_their_heads(found, text)
    venues_take_their_names(found, text)
    news_sites(found, text)
    dateline_places(found, text, tagger.gazetteer)
    residents_places(found, text, tagger.gazetteer)
    bodies_by_their_heads(found, text)
    bodies_take_their_head(found, text)
    venues_take_their_namesakes(found, text)
    bodies_in_titles(found, text, tagger.gazetteer)
    known_bodies(found, text, sports)
    known_people_joined(found, text)
    firms_by_their_last_word(found, text)
    known_venues(found, text)
    sports_grounds_are_places(found, text)
    places_run_to_their_full_name(found, text)
    plain_places(found, text)
    intelligence_sections_are_no_firm(found, text)  # after known bodies add "Intel"
    bodies_run_over_their_address(found)
    bodies_close_with_a_title(found, text)
    places_split_at_hyphens(found, text)
    works_are_no_entities(found, text)
    nominees_works_are_no_entities(found, text)
    products_are_no_entities(found)
    features_are_no_entities(found, text)
    i_products_are_no_people(found)
    lettered_models_are_no_entities(found, text)
    products_are_their_makers(found)
    teams_named_after_makers(found, text)
    numbered_products_are_their_makers(found)
    vehicles_are_no_entities(found)
    models_after_devices(found, text)
    market_indices_are_no_entities(found, text)
    french_named_things_are_no_people(found, text)
    amounts_are_no_entities(found)
    terms_are_no_entities(found, text)
    groups_are_bodies(found, text)
    glued_bodies(found, tagger.gazetteer, text)
    riders_keep_their_team_apart(found, text)
    models_named_after_makers(found, text)  # after glued makers come off the models
    sponsors_name_teams(found, text)
    people_after_bodies_in_titles(found, text, tagger.gazetteer)
    names_run_on_after_known_bodies(found, text, tagger.gazetteer)
    people_after_places_in_titles(found, text, tagger.gazetteer)
    people_after_countries_of_callings(found, text, tagger.gazetteer)
    list_items_take_the_lists_type(found, text, tagger.gazetteer)
    names_before_teams_in_brackets(found, text, tagger.gazetteer)
    table_rows_share_a_type(found, text)
    province_short_forms_open_no_names(found, text)
    places_after_short_forms_in_titles(found, text)
    clerics_split_off_places(found, text, tagger.gazetteer)
    given_names_after_honorifics(found, text)
    businesses_of_owners(found, text)
    surnames_are_people(found, text, tagger.gazetteer)
    speakers_are_people(found, text, tagger.gazetteer)
    names_set_off_after_offices(found, text, tagger.gazetteer)
    callings_set_off_name_people(found, text)
    people_set_off_after_cues(found, text)
    speakers_after_quotations_are_people(found, text)
    quoted_towns_are_people(found, text, tagger.gazetteer)
    aged_are_people(found, text, tagger.gazetteer, sports)
    scorers_are_people(found, text)
    aged_names_left_out(found, text, sports)
    people_after_callings(found, text, tagger.gazetteer)
    sentence_openers_are_no_given_names(found, text)
    common_nouns_before_places_are_no_names(found, text)
    known_bodies_in_headline(found, text, headline)
    body_names_in_headline(found, text, headline)
    lists_share_a_type(found, text)
    counted_lists_share_a_type(found, text)
    routes_and_brands(found, text)
    pairs_of_people(found, text)
    relatives_set_off(found, text)
    people_named_after_person_nouns(found, text, tagger.gazetteer)
    firms_run_on_to_their_short_form(found, text)
    short_forms_after_bodies(found, text)
    bodies_run_over_field_lists(found, text)
    bodies_before_their_acronyms(found, text)
    short_forms_of_bodies(found, text, tagger.gazetteer)
    names_split_before_acronyms(found, text)
    bodies_opening_people_in_titles(found, text, tagger.gazetteer)
    bodies_before_people_named_alone(found, text)
    known_bodies_before_people_in_titles(found, text)
    given_names_glued_to_bodies_before_people(found, text)
    known_bodies_run_into_people(found, text)
    company_words_open_no_names(found, text)
    short_forms_keep_their_qualifiers(found, text)
    given_names_tagged_as_bodies(found, text, tagger.gazetteer)
    given_names_glued_to_bodies(found, text, tagger.gazetteer)
    names_glued_to_places_after_titles(found, text, tagger.gazetteer)
    bodies_opening_people_after_their_heads(found, text)
    title_words_inside_names(found, text, tagger.gazetteer)
    given_names_left_out(found, text, tagger.gazetteer)
    surnames_left_out(found, text, tagger.gazetteer)
    surname_particles_left_out(found, text)
    particles_inside_names(found, text, tagger.gazetteer)
    arabic_surnames_left_out(found, text)
    sources_after_menurut(found, text, tagger.gazetteer)
    names_quoted_alone(found, text, tagger.gazetteer)
    people_quoted_by_one_word(found, text, tagger.gazetteer)
    quoted_people_named_like_bodies(found, text)
    names_of_people_typed_as_bodies(found, text, tagger.gazetteer)
    slash_partners(found, text, tagger.gazetteer, sports)
    speakers_after_titles(found, text, tagger.gazetteer)
    speakers_after_quote_cues(found, text, tagger.gazetteer)
    people_set_off_after_titles(found, text, tagger.gazetteer)
    people_set_off_after_origins(found, text, tagger.gazetteer)
    one_word_names_paired_with_people(found, text, tagger.gazetteer)
    untagged_words_paired_with_people(found, text, tagger.gazetteer)
    people_who_star_or_direct(found, text, tagger.gazetteer)
    small_words_are_no_people(found, text)
    places_open_no_names(found, text)
    places_of_regional_offices(found, text)
    bodies_inside_roles(found, text)
    callings_are_no_bodies(found, text)
    names_the_article_writes_whole(found, text)
    pairs_named_elsewhere(found, text)
    owners_of_sites_are_bodies(found)
    roles_set_off_run_over_bodies(found, text)
    roles_across_bodies(found, text)
    places_after_offices_open_no_people(found, text)
    units_places_before_ranks(found, text)
    offices_name_their_holders(found, text)
    offices_in_brackets(found, text)
    initials_take_their_calling(found, text)
    cited_outlets_are_bodies(found, text)
    aliases = nicknames(found, text)
    full_names = {str(m["text"]) for m in found if m["label"] == "PER" and " " in str(m["text"])}
    for mention in found:
        # "Alessio 'Uccio' Salucci" … "kata Uccio": the person, by the name without the
        # nickname (not where another person shares the surname: "Jimmy Kimmel" and his son
        # "William 'Billy' Kimmel")
        nick = quoted_nickname(str(mention["text"])) if mention["label"] == "PER" else None
        if nick is not None and not any(
            other not in (mention["text"], nick[1]) and other.split()[-1] == nick[1].split()[-1]
            for other in full_names
        ):
            aliases.setdefault(nick[0], nick[1])
            aliases.setdefault(str(mention["text"]), nick[1])
    bracketed_lists_of_affiliations(found, text)
    firms_run_to_their_brackets(found, text)
    for short, full in bracketed_aliases(found, text).items():
        aliases.setdefault(short, full)
    for short, full in units_named_by_their_heads(found, text).items():
        aliases.setdefault(short, full)
    for short, full in units_by_their_short_forms(found).items():
        aliases.setdefault(short, full)
    for short, full in initials_of_people_named(found, text).items():
        aliases.setdefault(short, full)
    completed, completed_spans = _completed_in_brackets(found, text)
    for short, full in completed.items():
        aliases.setdefault(short, full)
    court_titles_name_people(found, text)
    short_forms_of_people(found, tagger.gazetteer, text)
    days_are_no_people(found, text)
    bung_names_people(found, text)
    double_surnames_quoted(found, text)
    people_named_again(found, text)
    given_names_before_surnames_alone(found, text)
    remains_open_no_names(found, text)
    letters_glued_before_names(found)
    bodies_named_again(found, text)
    bodies_cut_short(found, text)
    surnames_written_like_acronyms(found)
    sign_offs_are_no_people(found, text)
    event_codes_are_no_names(found, text)
    short_forms_of_common_nouns(found, text)
    religions_are_no_names(found)
    formats_are_no_names(found, text)
    generations_are_no_names(found, text)
    stage_races_are_no_names(found, text)
    fields_of_callings_are_no_names(found, text)
    nicknames_of_people_named(found)
    conditions_are_no_names(found)
    brands_of_companies(found)
    kinds_name_no_people(found, text)
    roles_set_off_run_into_their_body(found, text)
    known_bodies_named_in_offices(found)
    firms_named_in_offices(found)
    employers_glued_to_their_staff(found, text)
    firms_glued_before_their_officers(found, text)
    commissions_and_factions(found, text)
    for short, full in nicknames_of_full_names(found, aliases).items():
        aliases.setdefault(short, full)
    _pol_as_given_name(found, text)
    lists_of_bodies(found, text)
    members_glued_before_their_group(found)
    canon = resolve_in_document(
        [(m["text"], m["label"]) for m in found],
        aliases,
        _spouses(found, text),
        # (people introduced with a title, "pelatih timnas putri Inggris Phil Neville"; not
        # as someone's relative, "suami mendiang Joan B. Lee", "adik Gigi Hadid itu")
        frozenset(
            str(m["text"])
            for m in found
            if m["label"] == "PER"
            and m.get("role")
            and not _RELATIVE_BEFORE.search(text, max(0, int(m["start"]) - 40), int(m["start"]))
        ),
        relatives=_relatives_named(found, text),
        kin_by_role=_relatives_named(found),
        kin_of=_relatives_of_named(found, text),
    )
    for mention, name in zip(found, canon, strict=True):
        mention["canonical"] = str(mention["text"]) if mention.get(OUTLET_KEY) else name
    for mention in found:
        # (the surname the editor added in brackets: "Kris [Jenner]")
        rest = completed_spans.get((int(mention["start"]), int(mention["end"])))
        if rest is not None:
            mention["canonical"] = rest
    firms_named_by_their_first_word(found)
    dishes_are_no_people(found)
    club_aliases_outside_sports(found, sports)
    _ordinary_people_keep_their_names(found)
    one_type_per_entity(found, tagger.gazetteer)
    clubs_in_sports_news(found, text)
    titled_nicknames(found, text)
    clubs_named_by_klub(found, text)
    teams_in_sports_news(found, text)
    clubs_after_scorelines(found, text)
    towns_with_their_country(found, text, tagger.gazetteer)
    places_in_capitals(found, tagger.gazetteer, text)
    if roles:
        _roles_over_final_spans(found, text, sentence_tokens, all_words)
    _offices_set_off_before_the_next_name(found, text)
    _settle_roles(found, text)
    _offices_set_off_before_names(found, text)
    # (after the roles settle: "Asri Akbar, Sultan Samma" gives Asri no title)
    titles_listed_as_given_names(found, text)
    callings_shared_in_lists(found, text)
    names_inside_roles(found)
    known_people_out_of_roles(found, text)
    short_forms_of_offices_are_bodies(found)
    no_overlapping_mentions(found, text)
    for mention in found:
        mention.pop(OUTLET_KEY, None)
        mention.pop(DATELINE_KEY, None)
        mention.pop(_ROLE_READ_KEY, None)
    return found


def no_overlapping_mentions(found: list[dict[str, Any]], text: str) -> None:
    """No two mentions share a character, whichever rules made them: one inside another is
    dropped ("PB" inside the short form "Damkar PB", "Aung San" of "Aung San Suu Kyi"), and
    one that runs into the next ends before it ("TRC [BPBD" + "BPBD] Banyumas" → "TRC",
    "Persib [PS" + "PS] TNI" → "Persib"), or is dropped where nothing of a name is left."""
    found.sort(key=lambda m: (int(m["start"]), -int(m["end"])))
    kept: list[dict[str, Any]] = []
    for mention in found:
        start, end = int(mention["start"]), int(mention["end"])
        last = kept[-1] if kept else None
        if last is not None and start < int(last["end"]):
            if end <= int(last["end"]):
                continue  # inside the one before
            old = str(last["text"])
            cut = text[int(last["start"]) : start].rstrip(" \t-–,(")
            if not re.search(r"[A-Z]", cut):
                kept.pop()
            else:
                last["end"] = int(last["start"]) + len(cut)
                last["text"] = cut
                if last.get("canonical") == old:
                    last["canonical"] = cut
        kept.append(mention)
    found[:] = kept


# Words that introduce someone's wife or husband, right before the name
_SPOUSE_BEFORE = re.compile(
    r"(?i)(?:\b(?:istri|isteri|suami|nyonya|ny\.|ibu\s+negara|first\s+lady)"
    r"|\bibu\s+wakil\s+presiden)(?:nya)?(?:\s+(?:dari|presiden|wapres|menteri))?[^\S\n]+$"
)


# A relative's role that names the one they relate to: "Saudara Lohan", "istri Presiden Joko
# Widodo"
# Relatives' words, either case of the first letter
_RELATIONS = (
    r"(?:[Aa]dik|[Kk]akak|[Ss]audara|[Ss]uami|[Ii]stri|[Ii]steri|[Aa]yah|[Ii]bu|[Aa]nak|[Pp]utra"
    r"|[Pp]utri|[Cc]ucu|[Kk]eponakan|[Kk]ekasih|[Pp]acar|[Ss]epupu|[Ii]par)"
)
_ROLE_OF_A_RELATIVE = re.compile(
    r"^" + _RELATIONS + r"(?:[ \t]+[a-z]+)*[ \t]+([A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,3})$"
)


# Callings of ordinary people, whom a famous person's call name does not mean ("Warga
# lainnya, Risma, mengaku …" is not Tri Rismaharini)
_ORDINARY_CALLINGS = frozenset(
    {"warga", "korban", "pedagang", "petani", "nelayan", "sopir", "buruh", "pelajar", "siswa",
     "siswi", "mahasiswa", "mahasiswi", "penumpang", "pengunjung", "pembeli", "tetangga",
     "karyawan", "pekerja", "penduduk", "pemudik", "jemaah", "ibu", "pemilik"}
)  # fmt: skip


# The first words of dishes named after no one ("Nasi Gandul", "Soto Betawi", "Sate Klathak")
_DISHES = frozenset(
    # (not "mie": "Mie Onishi" is a Japanese given name)
    {"nasi", "soto", "sate", "bakso", "bakmi", "bakmie", "kwetiau", "gudeg", "rawon",
     "rendang", "martabak", "sambal", "bubur", "lontong", "ketoprak", "pecel", "pempek", "empek",
     "ketupat", "tongseng", "gulai", "opor", "kerak", "lumpia", "tahu", "nasgor"}
)  # fmt: skip


def dishes_are_no_people(found: list[dict[str, Any]]) -> None:
    """A "person" whose name, or the fuller name it stands for, opens with a dish is the dish,
    no one ("Nasi Gandul" … "Gandul")."""
    found[:] = [
        m
        for m in found
        if not (
            m["label"] == "PER"
            and str(m.get("canonical") or m["text"]).split()[0].lower() in _DISHES
            and " " in str(m.get("canonical") or m["text"])
        )
    ]


def _ordinary_people_keep_their_names(found: list[dict[str, Any]]) -> None:
    """A one-word name the alias table gives a famous person's full name for ("Risma") is
    no more than itself where the article introduces it as an ordinary person's (a resident,
    a victim) and never writes the full name."""
    written = {str(m["text"]) for m in found}
    plain = {
        str(m["text"])
        for m in found
        if m["label"] == "PER"
        and " " not in str(m["text"])
        and m.get("canonical") not in written
        and str(m.get("role") or "").split(" ")[0].lower() in _ORDINARY_CALLINGS
    }
    for mention in found:
        if mention["label"] == "PER" and str(mention["text"]) in plain:
            mention["canonical"] = str(mention["text"])


def _relatives_named(
    found: list[dict[str, Any]], text: str | None = None
) -> dict[str, frozenset[str]]:
    """For a name a relative's role ends with, the people introduced as that relative:
    "Saudara Lohan, Mike Lohan" gives {"Lohan": {"Mike Lohan"}}."""
    out: dict[str, set[str]] = {}
    for mention in found:
        match = _ROLE_OF_A_RELATIVE.match(str(mention.get("role") or ""))
        if mention["label"] == "PER" and match is not None:
            out.setdefault(match.group(1), set()).add(str(mention["text"]))
    if text is not None:
        for mention, other in pairwise(found):
            # "Mika Brzezinski, putri Brzezinski, …": the relation set off after the name,
            # then the one it relates to
            if (
                mention["label"] == "PER"
                and other["label"] == "PER"
                and _RELATION_SET_OFF.fullmatch(text, int(mention["end"]), int(other["start"]))
            ):
                out.setdefault(str(other["text"]), set()).add(str(mention["text"]))
    return {name: frozenset(people) for name, people in out.items()}


def _relatives_of_named(found: list[dict[str, Any]], text: str) -> dict[str, frozenset[str]]:
    """For a name set off as someone's relative, the names of whom: "Presiden Soeharto --ayah
    kandung Titiek" gives {"Soeharto": {"Titiek"}} (he is not "Titiek Soeharto")."""
    out: dict[str, set[str]] = {}
    for mention, other in pairwise(found):
        if (
            mention["label"] == "PER"
            and other["label"] == "PER"
            and _RELATION_SET_OFF.fullmatch(text, int(mention["end"]), int(other["start"]))
        ):
            out.setdefault(str(mention["text"]), set()).add(str(other["text"]))
    return {name: frozenset(people) for name, people in out.items()}


# A relation set off after a name, by a comma or a dash, before the name of whom it relates
# to: ", putri ", " --ayah kandung "
_RELATION_SET_OFF = re.compile(
    r"(?:,|[ \t]*(?:--|—|–))[ \t]*" + _RELATIONS + r"(?:[ \t]+[a-z]+){0,2}[ \t]+"
)


def _spouses(found: list[dict[str, Any]], text: str) -> frozenset[str]:
    """People named as someone's spouse and with three words or more ("Ibu Negara Iriana Joko
    Widodo", "istri Wapres, Mufidah Jusuf Kalla"), whose name ends with the other's."""
    return frozenset(
        str(m["text"])
        for m in found
        if m["label"] == "PER"
        and len(str(m["text"]).split()) >= 3
        and _SPOUSE_BEFORE.search(text, max(0, int(m["start"]) - 30), int(m["start"]))
    )


# Roles of those who work for someone ("kuasa hukum Ahok": Ahok's lawyer)
_WORKS_FOR_SOMEONE = FOR_SOMEONE | frozenset({"manajer", "ajudan", "asisten", "agen", "staf"})
# Heads of phrases of those who serve someone, written small before the one they serve
# ("mantan anggota tim kampanye Trump, Carter Page", "staf masa transisi Trump")
_SERVING_HEADS = _WORKS_FOR_SOMEONE | frozenset(
    {"anggota", "tim", "pendukung", "relawan", "simpatisan", "loyalis", "kubu", "orang"}
)


def _serving_phrase(role: str) -> bool:
    """Whether `role`, written small, names those who serve someone ("mantan anggota tim
    kampanye", "staf masa transisi"), whose name follows it."""
    words = role.split()
    while words and words[0].lower() in {"mantan", "eks", "bekas", "para", "sang"}:
        words = words[1:]
    return len(words) >= 2 and words[0].islower() and words[0] in _SERVING_HEADS


# Words a role of someone else ends with, right before the name ("Adik dari Nia")
_OF_ANOTHER = frozenset({"dari", "dan", "serta", "atau"})
# Words that name no role without the office they serve under
_INCOMPLETE_ROLES = frozenset(
    {"asisten", "deputi", "wakil", "head", "chief", "vp", "svp", "evp", "manager", "director",
     # callings that need whose or what: "tokoh Dilan" is a film's character, "pejabat" alone
     # says no office
     "tokoh", "pejabat", "petinggi", "perwakilan", "delegasi", "utusan",
     # "Perdana" without "Menteri": "starter perdana Philippe Coutinho" (a first start)
     "perdana",
     # "geng penyidik pimpinan Novel": led by him
     "pimpinan"}
)  # fmt: skip


# A relation right before a name, with up to two words of calling between: "suami mendiang
# Joan B. Lee", "Saudara kandung pebalap Sam Lowes"
_RELATIVE_BEFORE = re.compile(
    r"\b(?:[Aa]dik|[Kk]akak|[Ss]audara|[Ss]uami|[Ii]stri|[Ii]steri|[Aa]yah|[Ii]bu|[Aa]nak|[Pp]utra"
    r"|[Pp]utri|[Cc]ucu|[Kk]eponakan|[Kk]ekasih|[Pp]acar|[Mm]antan)(?:[ \t]+[a-z]+){0,2}[ \t]+$"
)
_HONORIFICS_AFTER = ADDRESS_WORDS | frozenset(
    {"datuk", "dato", "dato'", "dato’", "'", "’", "datin", "seri", "sri", "tan", "tun", "tengku",
     "tunku", "haji", "habib", "syekh", "sheikh", "bapak", "pak", "ibu", "bu", "ra", "r.a",
     "r. a", "profesor"}
)  # fmt: skip


def _pol_as_given_name(found: list[dict[str, Any]], text: str) -> None:
    """ "Pol" alone before a name, with no rank before it, is a given name, not the police's
    mark after a rank: "Pol Espargaro" (not "Irjen Pol Suntana")."""
    for mention in found:
        start = int(mention["start"])
        if (
            mention["label"] == "PER"
            and str(mention.get("role") or "") == "Pol"
            and text[max(0, start - 4) : start] == "Pol "
        ):
            mention["start"] = start - 4
            mention["text"] = text[start - 4 : int(mention["end"])]
            del mention["role"]


# A copula or "such as" closing what was read as a role
_CLOSING_LINK = re.compile(r"(?:^|[ \t]+)(?:adalah|merupakan|ialah|macam|seperti|semisal)$")
# A copula inside what was read as a role
_COPULA_IN_ROLE = re.compile(r".*\s(?:adalah|merupakan|ialah|yakni|yaitu)\s+")
# A hyphen joining two names into a pair ("Anies - Sandi")
_PAIR_HYPHEN = re.compile(r"[ \t]*[-–][ \t]*")
# "Saudara" capitalised after a word written small, right before a name
_ADDRESSED = re.compile(r"(?<![\w'’-])[a-z][\w-]*[ \t]+(?:Saudara|Saudari|Sdr\.?)[ \t]+$")
# Forms of address a speaker puts before someone's office ("Pak Ketua Umum", "Bu Menteri")
_ADDRESS_BEFORE_OFFICE = frozenset({"pak", "bapak", "bu", "ibu", "mas", "mbak", "bang"})


# Nouns of membership or relation closing a role: "anggota Hyosung, Ji Eun" names two
_MEMBERS_OR_KIN = frozenset({"anggota", "personel", "personil", "rekan", "teman", "sahabat"})


def _offices_set_off_before_names(found: list[dict[str, Any]], text: str) -> None:
    """A one-word "person" the article names nowhere else, whose role runs right into it,
    set off by a comma before a person named in full with no role of their own, is the
    office's last word: "Ketua Aliansi Masyarakat Luat [Pahae], Lamsiang Sitompul",
    "Menteri Koordinator Bidang [Kemaritiman], Luhut Binsar Panjaitan". The office is
    theirs."""
    counts = Counter(str(m["text"]) for m in found)
    people = sorted((m for m in found if m["label"] == "PER"), key=lambda m: int(m["start"]))
    starts = {int(m["start"]): m for m in people}
    gone: list[dict[str, Any]] = []
    for mention in people:
        name, role = str(mention["text"]), mention.get("role")
        after = re.match(r",[ \t]+", text[int(mention["end"]) :])
        nxt = starts.get(int(mention["end"]) + after.end()) if after else None
        if (
            not role
            or " " in name
            or counts[name] > 1
            or nxt is None
            or nxt.get("role")
            or " " not in str(nxt["text"])
            or str(role).split()[-1].lower() in _MEMBERS_OR_KIN
            or not text[: int(mention["start"])].rstrip().endswith(str(role))
        ):
            continue
        nxt["role"] = f"{role} {name}"
        gone.append(mention)
    if gone:
        found[:] = [m for m in found if not any(m is g for g in gone)]


# What may stand between an office set off after a name and the next person's name, when the
# office is that person's: capitalised words, short forms in brackets, joining words
_OFFICE_RUNS_ON = re.compile(
    r"(?:[ \t]+(?:[A-Z][\w.&'’-]*|\([^()\n,]{1,30}\)|dan|untuk|di|dari|-|–|/))*[ \t]+$"
)


def _offices_set_off_before_the_next_name(found: list[dict[str, Any]], text: str) -> None:
    """An office set off after a name that runs on into the next person's name is that
    person's, not the first one's: "Senada dengan Enggartiasto, Ketua Tim Perunding Indonesia
    untuk Indonesia - Australia … (IA - CEPA) Deddy Saleh mengatakan"."""
    people = sorted((m for m in found if m["label"] == "PER"), key=lambda m: int(m["start"]))
    for mention, nxt in pairwise(people):
        role = mention.get("role")
        end = int(mention["end"])
        if not role or not text.startswith(", " + str(role), end):
            continue
        role_end = end + 2 + len(str(role))
        between = text[role_end : int(nxt["start"])]
        if (
            int(nxt["start"]) - role_end > 120
            # (more of the office between: a role right before the next name is of that
            # person, "Ilal Ferhard, kuasa hukum Setya Novanto")
            or not re.search(r"[A-Z(]", between)
            or not _OFFICE_RUNS_ON.fullmatch(text, role_end, int(nxt["start"]))
            # (the next person goes on to act, as the sentence's subject: not a name set off
            # inside an office, "Chief MD M8A - [Toiletris Ramayana],")
            or not re.match(r"[ \t]+[a-z]", text[int(nxt["end"]) :])
            # (a role the article wrote before the name is the name's own: "anggota Komisi
            # III dari Fraksi Partai Hanura, Sarifuddin Suding, anggota Komisi III …")
            or text[: int(mention["start"])].rstrip(" ,").endswith(str(role))
        ):
            continue
        del mention["role"]
        if not nxt.get("role"):
            nxt["role"] = text[end + 2 : int(nxt["start"])].strip()


def _settle_roles(found: list[dict[str, Any]], text: str) -> None:
    """The roles people keep: one that names an office, a calling or a relation (as for
    quotes: "sang", "mantan" alone name none), not the next person's ("…, Gubernur Jawa
    Tengah Ahmad Luthfi"), only the person's own part ("putra Presiden Joko Widodo" gives
    him "Presiden"), and no relation that describes the person named before ("Fredrich
    Yunadi, kuasa hukum Setya Novanto")."""
    people_at = {int(m["start"]): int(m["end"]) for m in found if m["label"] == "PER"}
    people_end = {int(m["end"]) for m in found if m["label"] == "PER"}
    others = {int(m["start"]): int(m["end"]) for m in found if m["label"] != "PER"}
    others_text = {int(m["end"]): str(m["text"]) for m in found if m["label"] == "ORG"}
    # the roles the article gives people named in full ("manajer Paul Lambert")
    full_roles = {
        (str(m["text"]), str(m["role"]).lower())
        for m in found
        if m["label"] == "PER" and m.get("role") and " " in str(m["text"])
    }
    for mention in found:
        if "role" not in mention:
            continue
        role = str(mention["role"])
        if role.split() and role.split()[-1].lower() in _OF_ANOTHER:
            # "Adik dari Nia", "Pangdam Brawijaya dan Kapolda …": the role is someone else's
            del mention["role"]
            continue
        before = text[: int(mention["start"])].rstrip()
        if before.endswith(role):
            at = len(before) - len(role)
            if at >= 2 and text[at - 1] == "." and text[at - 2].isalnum():
                # "kepada Suara.com staf ahli Anang, Aris": a site's domain is no role word
                role = role.partition(" ")[2]
            if not (role in ("Putri", "Putra") and " " not in str(mention["text"])):
                # (but "Putri Charlotte", "Putri Diana": one name after it, a royal title)
                role = own_role(role)
        copula = _COPULA_IN_ROLE.search(role)
        if copula is not None:
            # "Turut mendampingi Presiden adalah Sekretaris Kabinet Pramono Anung": what the
            # sentence says before the copula is no part of the office
            role = role[copula.end() :]
        if role.lower().startswith("sang ") and role[5:].strip():
            role = role[5:].strip()  # "sang vokalis Matt Bellamy": the article of an epithet
        if role.startswith("besar ") and role[6:7].isupper():
            role = role[6:]  # "Nama besar Presiden Donald Trump": a big name, no office
        head, _, rest = role.partition(" ")
        if head.lower() in _ADDRESS_BEFORE_OFFICE and rest and names_a_role(rest.split()[0]):
            role = rest  # "Pak Ketua Umum Airlangga Hartarto": a form of address, no office
        if role in ("Saudara", "Saudari", "Sdr", "Sdr.") and _ADDRESSED.search(
            text, max(0, int(mention["start"]) - 40), int(mention["start"])
        ):
            # "kedatangan Saudara Fahri Hamzah": capitalised inside a sentence, a form of
            # address, no relative ("Saudara Lohan, Mike Lohan" opening one is)
            role = ""
        if role in ("saudara", "saudari"):
            # written small: a form of address ("terhadap saudara Basuki"), whose sibling
            # the person named is ("saudara Kim Kardashian itu") or a civil war ("perang
            # saudara atas Mohammad Ahsan"), no role of theirs in any case
            role = ""
        if role.endswith(" Pangeran"):
            role = role[: -len(" Pangeran")]  # "Menteri Luar Negeri Arab Saudi Pangeran"
        # (not an office set off before the name: "… untuk Urusan Haji, Ali Mahmud" keeps
        # its field)
        set_off = not before.endswith(role) and before.rstrip(",").rstrip().endswith(role)
        while (
            not set_off
            and role.split()
            and (
                role.split()[-1].lower().rstrip(".") in _HONORIFICS_AFTER
                or (" " in role and role.split()[-1].lower() in CLERICAL_ADDRESS)
            )
        ):
            # "Menteri Kewangan II Datuk Seri Amir Hamzah": forms of address, no office
            role = role.rsplit(" ", 1)[0] if " " in role else ""
        # "Menteri Dalam Negeri, Datuk Seri Saifuddin …": the comma that set the name off
        role = role.rstrip(" \t,;:–-")
        # "pelaku utama adalah Ali Fahmi", "pemain muda macam Shi Yuqi": a copula or "such
        # as" closing the run, no part of the role
        role = _CLOSING_LINK.sub("", role)
        role = _office_of_the_body_through(role, mention, text, others_text)
        if (
            not role
            # "nominasi Aktor Terbaik yakni Timothée Chalamet", "penghargaan pemain terbaik
            # Ballon d'Or": a prize's category, no office of whom it names
            or _prize_category(role, before)
            # "Tim kuasa hukum Miryam": the team works for her; she is no lawyer
            or (before.endswith(role) and re.search(r"\b[Tt]im\s+$", before[: -len(role)]))
            # "kuasa hukum Ahok", "manajer Grande": someone named in full elsewhere, called
            # by one word after those who work for them, is their client, not a lawyer
            # (or named in full, where the article gave the person another office before:
            # "Ketua DPR Setya Novanto" … "yang dilayangkan pengacara Setya Novanto")
            or (
                role.lower() in _WORKS_FOR_SOMEONE
                and any(
                    other is not mention
                    and int(other["start"]) < int(mention["start"])
                    and other.get("canonical") == mention.get("canonical")
                    and other.get("role")
                    and not str(other["role"]).lower().startswith(tuple(_WORKS_FOR_SOMEONE))
                    # (not the same calling: "pengacara muda Anton Taufik" … "pengacara
                    # Anton Taufik")
                    and str(other["role"]).lower().split()[0] != role.lower().split()[0]
                    for other in found
                )
            )
            or (
                (
                    role.lower() in _WORKS_FOR_SOMEONE
                    # (written right before the name, not what the person is: "Sebagai
                    # anggota Komisi X DPR … saat itu Angie", "Ali yang juga staf khusus")
                    or (
                        _serving_phrase(role)
                        and before.endswith(role)
                        and not re.search(r"(?i)\bsebagai\s+$", before[: -len(role)])
                    )
                )
                and " " not in str(mention["text"])
                and " " in str(mention.get("canonical") or "")
                # (not someone the article also names in full with that role: "manajer Paul
                # Lambert" … "manajer Lambert")
                and (str(mention.get("canonical")), role.lower()) not in full_roles
            )
            or not names_a_role(role)
            # "Asisten Coleman", "Hadiyanto, Deputi Sistem …": a word that needs its office
            or role.lower() in _INCOMPLETE_ROLES
            # "geng penyidik pimpinan Novel": the investigators he leads, no office of his
            or role.split()[-1:] == ["pimpinan"]
            or _role_of_the_next(mention, text, people_at, others)
            # "Ketua sinkronisasi Anies - Sandi dipilihlah Sudirman Said": before a pair
            # joined by a hyphen, the pair's, no office of the first
            or (
                before.endswith(role)
                and (pair := _PAIR_HYPHEN.match(text, int(mention["end"]))) is not None
                and pair.end() in people_at
            )
            or _relation_of_the_one_before({**mention, "role": role}, text, people_end)
            or _whose_relation_points_back(role, mention, text)
        ):
            del mention["role"]
            # "pasukan pimpinan Kolonel Sudirman": led by him; the rank before the name stays
            rank = (
                re.search(r"(?:[ \t]+[A-Z][\w.]*){1,3}$", before)
                if role.split()[-1:] == ["pimpinan"]
                else None
            )
            if (
                rank is not None
                and before[: rank.start()].rstrip().endswith(role)
                and only_rank_words(rank.group().split())
                # (not a form of address: "pimpinan Dr. Sander van der Linden")
                and not any(
                    w.lower().rstrip(".") in _HONORIFICS_AFTER for w in rank.group().split()
                )
            ):
                mention["role"] = rank.group().strip()
        else:
            mention["role"] = role


# Marks a person whose role the tagger's reading gave (until the rules are done)
_ROLE_READ_KEY = "_role_read"
# Words of kinship beyond the relations of `OF_SOMEONE`
_KIN_WORDS = frozenset(
    {"saudara", "saudari", "sulung", "bungsu", "kandung", "tiri", "angkat", "kakek", "nenek"}
)


def _roles_over_final_spans(
    found: list[dict[str, Any]],
    text: str,
    sentence_tokens: list[list[Token]],
    all_words: list[list[str]],
) -> None:
    """The role of a person still without one, read again over the entities the rules
    settled ("Bintang Oklahoma City Thunder, Russell Westbrook": the tagger read "Thunder"
    as a person, which closed the role)."""
    by_start: dict[int, tuple[int, int]] = {}
    by_end: dict[int, tuple[int, int]] = {}
    for s_index, toks in enumerate(sentence_tokens):
        for t_index, token in enumerate(toks):
            by_start[token.start] = (s_index, t_index)
            by_end[token.end] = (s_index, t_index)
    spans: dict[int, list[tuple[TokenSpan, dict[str, Any]]]] = {}
    for mention in found:
        first = by_start.get(int(mention["start"]))
        last = by_end.get(int(mention["end"]))
        if first is None or last is None or first[0] != last[0]:
            continue
        spans.setdefault(first[0], []).append(
            (TokenSpan(first[1], last[1] + 1, str(mention["label"])), mention)
        )
    for s_index, pairs in spans.items():
        pairs.sort(key=lambda p: p[0].start)
        if not any(m["label"] == "PER" and not m.get("role") for _, m in pairs):
            continue
        words, toks = all_words[s_index], sentence_tokens[s_index]
        sentence_spans = [span for span, _ in pairs]
        for index, (_, mention) in enumerate(pairs):
            # (not one whose role the tagger's reading gave and a rule took away: "Manajer
            # Raisa, Adryanto Pratono" is his office)
            if mention["label"] != "PER" or mention.get("role") or mention.get(_ROLE_READ_KEY):
                continue
            role = find_role(words, sentence_spans, index)
            if role is not None and not all(
                words[k].lower() in OF_SOMEONE | _KIN_WORDS for k in range(*role)
            ):
                # (not a relation alone, which says whose in the sentence: "Saudara Lohan,
                # Mike Lohan", "tunggu saudara FY", "Blue Ivy, anak sulung keluarga ini")
                mention["role"] = text[toks[role[0]].start : toks[role[1] - 1].end]


# The nouns of prizes whose category a superlative closes ("nominasi Aktor Terbaik",
# "penghargaan pemain terbaik"), no office
_AWARD_BEFORE = re.compile(
    r"(?i)(?<![\w-])(?:nominasi|kategori|penghargaan|gelar|predikat|piala|anugerah|trofi)"
    r"[ \t]+$"
)


def _prize_category(role: str, before: str) -> bool:
    """Whether a role closed by a superlative is a prize's category, after the prize's noun
    and right before the name (or "yakni" and the name)."""
    at = before.rfind(role)
    return (
        role.split()[-1].lower() in SUPERLATIVES
        and at >= 0
        and len(before) - (at + len(role)) <= 8
        and _AWARD_BEFORE.search(before, 0, at) is not None
    )


_THROUGH = re.compile(r"[ \t]+(?:melalui|lewat)[ \t]+$")


def _office_of_the_body_through(
    role: str, mention: dict[str, Any], text: str, bodies_end: dict[int, str]
) -> str:
    """ "Komisi Eropa melalui juru bicaranya, Olof Gill": the office is the body's ("juru
    bicara Komisi Eropa"), not "its" spokesman's."""
    if not role.endswith("nya") or len(role) <= 3:
        return role
    lead = text[: int(mention["start"])].rstrip(" \t,")
    if not lead.endswith(role):
        return role
    through = _THROUGH.search(lead, max(0, len(lead) - len(role) - 12), len(lead) - len(role))
    if through is None or through.start() not in bodies_end:
        return role
    return f"{role[:-3]} {bodies_end[through.start()]}"


def _whose_relation_points_back(role: str, person: dict[str, Any], text: str) -> bool:
    """Whether a role that ends in a relation to someone ("mantan pengacara") and a name, then
    a demonstrative, describes someone named before by whose relation they are: "… untuk
    mantan pengacara Setya Novanto itu" (Fredrich Yunadi; Setya Novanto is no lawyer)."""
    words = [w.lower() for w in role.split()]
    if words and words[-1] == "hukum":
        words = words[:-1]
    # (the relation written right before the name: not "kuasa hukum, Sugito Atmo Pawiro, …"
    # nor "lima anak yakni Sarwo Budi Wiyanti, …")
    before = text[: int(person["start"])]
    return (
        bool(words)
        and before.endswith(role + " ")
        and words[-1] in OF_SOMEONE - _OWN_RELATIONS
        and (
            DEMONSTRATIVE_AFTER.match(text, int(person["end"])) is not None
            # "rekan Payne, Quavo telah …": the one named after the comma is the relation
            # ("rekan Fellaini di MU, Phil Jones", "rekan Dyah bernama Mutmainah")
            or _NAME_SET_OFF_AFTER.match(text, int(person["end"])) is not None
            # "Banyak rekan Hermansyah yang menjenguknya": many of them, his
            or _MANY_BEFORE.search(before[: -len(role) - 1]) is not None
        )
    )


# Relations that are the person's own office ("juru bicara Febri itu" is the spokesman)
_OWN_RELATIONS = frozenset({"bicara", "jubir"})
_NAME_SET_OFF_AFTER = re.compile(
    r"(?:[ \t]+(?:di|dari)(?:[ \t]+[A-Z][\w.-]*){1,3})?,[ \t]+[A-Z][a-z]"
    r"|[ \t]+(?:yaitu|yakni|bernama)[ \t]+[A-Z][a-z]"
)
# A quantity before a relation: "Banyak rekan Hermansyah", "dua orang rekan Damayanti"
_MANY_BEFORE = re.compile(
    r"(?<![\w-])(?:banyak|beberapa|sejumlah|para|seluruh|semua|\w+[ \t]+orang)[ \t]+$", re.I
)


def _relation_of_the_one_before(person: dict[str, Any], text: str, people_end: set[int]) -> bool:
    """Whether a person's role is the relation that describes the person named before
    ("Fredrich Yunadi, kuasa hukum Setya Novanto": Setya Novanto is no lawyer; "Kaesang,
    putra Presiden Joko Widodo")."""
    role, start = str(person["role"]), int(person["start"])
    before = text[:start].rstrip(" \t")
    if not before.endswith(role):
        return False
    lead = before[: -len(role)]
    comma = re.search(r",[ \t]*$", lead)
    words = [w.lower() for w in role.split()]
    last = max((i for i, w in enumerate(words) if w in OF_SOMEONE), default=None)
    return (
        comma is not None
        and comma.start() in people_end
        and last is not None
        # the relation, then at most titles the person named holds ("putra Presiden"); not
        # "juru bicara Kemlu Lalu Muhammad Iqbal", where the body comes between
        and all(w in TITLE_WORDS or w in {"hukum", "dari"} for w in words[last + 1 :])
    )


def _role_of_the_next(
    person: dict[str, Any], text: str, people_at: dict[int, int], others: dict[int, int]
) -> bool:
    """Whether a person's role set off after the name runs into the next person's name
    ("Titiek Soeharto, Gubernur Sulawesi Selatan Syahrul Yasin Limpo, …": the governor's
    role; "…, Bupati Sambas Atbah Romin Suhaili": over the place of the role); not someone
    of that person ("Fredrich Yunadi, kuasa hukum Setya Novanto")."""
    role, end = str(person["role"]), int(person["end"])
    after = re.match(r",[ \t]*", text[end:])
    if after is None or not text.startswith(role, end + after.end()):
        return False
    at = end + after.end() + len(role)
    # (a housewife, "ibu rumah tangga", is no one's mother)
    if any(w.lower() in OF_SOMEONE for w in _HOUSEHOLD.sub("", role).split()):
        return False
    start = at
    for _ in range(3):  # places and bodies between the role and the next name
        gap = re.match(r"[ \t]+", text[at:])
        if gap is None:
            return False
        at += gap.end()
        if at not in others:
            break
        at = others[at]
    if at in people_at:
        return True
    # (or over capitalised words the role reading stopped before: "Selain Aris, Wakil
    # Direktur tindak Pidana Korupsi Bareskrim Polri Kombes Erwanto Kurniadi juga …")
    # (not where that name closes the aside before the verb: "Marsma Fadjar Prasetyo,
    # Komandan Lanud Halim Perdanakusuma, memimpin …", a base named after someone)
    following = [p for p in people_at if p > start]
    if not following:
        return False
    nearest = min(following)
    return _CAPITALISED_RUN.fullmatch(text, start, nearest) is not None and not text[
        people_at[nearest] :
    ].lstrip(" \t").startswith(",")


# "ibu rumah tangga", "bapak rumah tangga": a calling, no relation to anyone
_HOUSEHOLD = re.compile(r"(?i)\b(?:ibu|bapak)\s+rumah\s+tangga\b")

# Capitalised words only, in one line, up to the next name
_CAPITALISED_RUN = re.compile(r"(?:[ \t]+[A-Z][\w.&'’-]*){1,8}[ \t]+")


class EntityRecognizer(DocumentStep):
    """Step "entities": tags each kept document's clean text (parallel, per shard)."""

    name: ClassVar[str] = "entities"
    parallel: ClassVar[bool] = True

    def __init__(self, options: EntityOptions | None = None) -> None:
        self.options = options or EntityOptions()
        self._tagger: BioTagger | None = None

    def process(self, doc: Document) -> None:
        if self._tagger is None:
            # Loaded lazily so the step pickles small when shipped to workers.
            self._tagger = load_tagger(str(self.options.model_dir))
        doc.annotations["entities"] = find_entities(
            doc.text, tagger=self._tagger, roles=self.options.roles
        )

    def __repr__(self) -> str:
        return f"EntityRecognizer({self.options!r})"

    # The tagger holds a C object; workers load their own copy.
    def __getstate__(self) -> dict[str, Any]:
        return {"options": self.options}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.options = state["options"]
        self._tagger = None


def extract_entity_steps(options: EntityOptions | None = None) -> list[Step]:
    """The entity stage: one step."""
    # cast: the Step protocol declares name/parallel as instance variables, DocumentStep as
    # ClassVars; structurally the step fits.
    return [cast(Step, EntityRecognizer(options))]
