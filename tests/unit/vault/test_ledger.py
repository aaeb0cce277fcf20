"""The ledger's hash chain: any edit, removal or reordering is found, at the right entry."""

from __future__ import annotations

import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.vault import ledger
from app.vault.database import transaction


def _rows(conn):
    return conn.execute("SELECT seq, t, kind, body, prev_hash, hash FROM ledger ORDER BY seq").fetchall()


def _head(conn):
    return json.loads(conn.execute("SELECT value FROM settings WHERE key = 'ledger_head'").fetchone()[0])


def _fill(conn, bodies):
    with transaction(conn):
        for i, body in enumerate(bodies):
            ledger.append(conn, ledger.LedgerKind.PAUSE if i % 2 else ledger.LedgerKind.DELETE, body, 1000.0 + i)


def test_an_intact_ledger_verifies(vault_conn):
    _fill(vault_conn, [{"n": i} for i in range(5)])
    result = ledger.verify(vault_conn)
    assert result.ok and result.checked == 5 and result.first_broken is None


def test_the_ledger_refuses_updates_and_deletes_in_sql(vault_conn):
    _fill(vault_conn, [{"n": 1}])
    for statement in ("UPDATE ledger SET body = '{}'", "DELETE FROM ledger"):
        try:
            vault_conn.execute(statement)
        except Exception as exc:  # sqlcipher3.IntegrityError from RAISE(ABORT)
            assert "append-only" in str(exc)
        else:
            raise AssertionError(f"{statement} was allowed")


bodies = st.lists(st.dictionaries(st.sampled_from(["segments", "category", "range", "n"]),
                                  st.integers(0, 10**6), max_size=3), min_size=2, max_size=12)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(entries=bodies, data=st.data())
def test_an_edited_entry_is_reported_where_it_was_edited(vault_conn, entries, data):
    vault_conn.execute("DROP TRIGGER IF EXISTS ledger_no_update")
    vault_conn.execute("DROP TRIGGER IF EXISTS ledger_no_delete")
    vault_conn.execute("DELETE FROM ledger")
    vault_conn.execute("DELETE FROM settings")
    _fill(vault_conn, entries)
    rows = _rows(vault_conn)
    victim = data.draw(st.integers(0, len(rows) - 1))
    seq, t, kind, body, prev, digest = rows[victim]
    edited = json.dumps({**json.loads(body), "tampered": 1}, sort_keys=True, separators=(",", ":"))
    rows[victim] = (seq, t, kind, edited, prev, digest)
    result = ledger.verify_rows(rows, _head(vault_conn))
    assert not result.ok and result.first_broken == seq


@settings(max_examples=60, deadline=None)
@given(entries=bodies, data=st.data())
def test_a_removed_entry_is_reported(entries, data):
    rows, head = _chain(entries)
    victim = data.draw(st.integers(0, len(rows) - 1))
    del rows[victim]
    result = ledger.verify_rows(rows, head)
    assert not result.ok
    assert result.first_broken == victim + 1  # the first seq that is no longer where it belongs


@settings(max_examples=60, deadline=None)
@given(entries=bodies, data=st.data())
def test_reordered_entries_are_reported(entries, data):
    rows, head = _chain(entries)
    i = data.draw(st.integers(0, len(rows) - 2))
    j = data.draw(st.integers(i + 1, len(rows) - 1))
    rows[i], rows[j] = rows[j], rows[i]
    result = ledger.verify_rows(rows, head)
    assert not result.ok and result.first_broken == i + 1


def test_removing_the_newest_entries_is_caught_by_the_head():
    rows, head = _chain([{"n": 1}, {"n": 2}, {"n": 3}])
    result = ledger.verify_rows(rows[:-1], head)
    assert not result.ok and "removed" in result.reason


def test_an_edited_hash_that_is_recomputed_still_breaks_the_next_link():
    rows, head = _chain([{"n": 1}, {"n": 2}, {"n": 3}])
    seq, t, kind, _body, prev, _digest = rows[0]
    forged_body = '{"n":99}'
    rows[0] = (seq, t, kind, forged_body, prev, ledger.entry_hash(seq, t, kind, forged_body, prev))
    result = ledger.verify_rows(rows, head)
    assert not result.ok and result.first_broken == 2


def _chain(entries):
    """Build rows in memory exactly as append() would."""
    rows, prev = [], ledger.GENESIS_HASH
    for i, body in enumerate(entries, start=1):
        body_json = json.dumps(body, sort_keys=True, separators=(",", ":"))
        digest = ledger.entry_hash(i, 1000.0 + i, "delete", body_json, prev)
        rows.append((i, 1000.0 + i, "delete", body_json, prev, digest))
        prev = digest
    return rows, {"seq": len(rows), "hash": prev}
