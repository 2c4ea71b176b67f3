"""Dates: absolute and relative dates, resolved against the article's publication date."""

from __future__ import annotations

import datetime as dt

import pytest

from seedpress.corpus import parse_article
from seedpress.extract import extract_article, load_extraction_config
from seedpress.extract.dates import resolve_weekday
from seedpress.sources_meta import Fact, SourceMeta
from support import VOCABULARY

CONFIG = load_extraction_config(VOCABULARY)
SATURDAY = dt.date(2016, 9, 17)


def dates_of(text: str, basis: str | None = "inferred"):
    meta = SourceMeta(published=Fact("2016-09-17", basis)) if basis else SourceMeta()
    return extract_article(parse_article("t", "seeds/t.txt", text), meta, CONFIG).dates


@pytest.mark.parametrize(
    ("text", "words", "value", "kind"),
    [
        ("The cease-fire went into effect Monday.", "Monday", "2016-09-12", "relative"),
        ("The coalition on Saturday stopped a strike.", "Saturday", "2016-09-17", "relative"),
        ("They will meet next Tuesday.", "next Tuesday", "2016-09-20", "relative"),
        ("The troops were killed today.", "today", "2016-09-17", "relative"),
        ("He spoke yesterday.", "yesterday", "2016-09-16", "relative"),
        ("It released a statement this afternoon.", "this afternoon", "2016-09-17", "relative"),
        ("Three days ago the convoy reached the city.", "Three days ago", "2016-09-14", "relative"),
        ("The plan was announced on September 10.", "September 10", "2016-09-10", "absolute"),
        ("It was signed on 20 October 2015 in Geneva.", "20 October 2015", "2015-10-20", "absolute"),
        ("By Sept. 19, 2016, the truce was over.", "Sept. 19, 2016", "2016-09-19", "absolute"),
        ("The war began in 2011.", "2011", "2011", "year"),
        ("Talks stalled in October 2016.", "October 2016", "2016-10", "absolute"),
        ("Officials reviewed Friday\u2019s footage.", "Friday\u2019s", "2016-09-16", "relative"),
        ("Monday's talks were cancelled.", "Monday's", "2016-09-12", "relative"),
        ("Today\u2019s vote was delayed.", "Today\u2019s", "2016-09-17", "relative"),
        ("Shelling went on last night near the base.", "last night", "2016-09-16", "relative"),
    ],
)
def test_dates_are_found_and_resolved(text, words, value, kind):
    (date,) = dates_of(text)
    assert (date.text, date.value, date.kind) == (words, value, kind)
    assert text[date.start : date.end] == date.text


def test_dates_resolved_from_an_inferred_publication_date_are_marked_inferred():
    (relative,) = dates_of("The cease-fire went into effect Monday.")
    assert relative.inferred and relative.resolved_from == "published"
    (year,) = dates_of("The war began in 2011.")
    assert not year.inferred and year.resolved_from == "text"
    (stated,) = dates_of("The cease-fire went into effect Monday.", basis="publisher")
    assert not stated.inferred


def test_without_a_publication_date_relative_dates_stay_unresolved():
    (date,) = dates_of("The cease-fire went into effect Monday.", basis=None)
    assert date.value is None and not date.inferred


def test_may_the_verb_is_not_may_the_month():
    assert [d.text for d in dates_of("The coalition May review it. It began May 5.")] == ["May 5"]


@pytest.mark.parametrize(
    ("name", "direction", "expected"),
    [("saturday", "past", 17), ("monday", "past", 12), ("saturday", "last", 10), ("saturday", "next", 24)],
)
def test_resolve_weekday(name, direction, expected):
    assert resolve_weekday(name, SATURDAY, direction) == dt.date(2016, 9, expected)


@pytest.mark.parametrize("text", ["000²", "Troops held 12² hills", "On ١٧ September ٢٠١٦ the strike came."])
def test_digits_that_are_not_plain_numbers_do_not_break_date_reading(text):
    # "²" is a digit to str.isdigit but not a number to int(); Arabic-Indic digits are both.
    article = parse_article("t", "seeds/t.txt", "Headline words here\n\n" + text)
    meta = SourceMeta(published=Fact("2016-09-17", "publisher"))
    result = extract_article(article, meta, CONFIG)
    assert all(d.value is None or d.value[:4].isdecimal() for d in result.dates)


def test_last_week_and_last_month_name_no_day():
    assert [d.value for d in dates_of("Talks failed last week and the convoy stopped last month.")] == []
