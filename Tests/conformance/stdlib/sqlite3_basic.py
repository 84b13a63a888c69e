# sqlite3: a small inventory application — schema, executemany, joins and aggregates,
# Row factory, transactions (implicit BEGIN, commit, rollback, context manager), errors.
import sqlite3

con = sqlite3.connect(":memory:")
print(con.isolation_level == "", con.in_transaction, con.total_changes)
con.executescript("""
    CREATE TABLE supplier(id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, country TEXT);
    CREATE TABLE item(
        sku TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        supplier_id INTEGER REFERENCES supplier(id),
        price REAL CHECK (price >= 0),
        qty INTEGER DEFAULT 0,
        photo BLOB
    );
    -- a comment between statements
    CREATE INDEX item_supplier ON item(supplier_id);
""")
cur = con.cursor()
print("arraysize", cur.arraysize, "rowcount", cur.rowcount, "lastrowid", cur.lastrowid)
cur.executemany("INSERT INTO supplier(name, country) VALUES (?, ?)",
                [("Acme", "US"), ("Globex", "DE"), ("Initech", None)])
print("suppliers rowcount", cur.rowcount, "in_transaction", con.in_transaction)
items = [
    ("A-100", "anvil", 1, 99.5, 3, None),
    ("A-200", "rocket skates", 1, 250.0, 1, b"\x89PNG\x00\x01"),
    ("G-001", "gadget", 2, 12.25, 40, bytearray(b"\xff\xfe")),
    ("G-002", "gizmo", 2, 7.0, 0, memoryview(b"mv")),
    ("I-042", "stapler", 3, 15.75, 12, None),
    ("X-999", "orphan", None, 0.0, 5, None),
]
cur.executemany("INSERT INTO item VALUES (?, ?, ?, ?, ?, ?)", items)
print("items rowcount", cur.rowcount)
con.commit()
print("after commit in_transaction", con.in_transaction, "total_changes", con.total_changes)

cur.execute("INSERT INTO supplier(name, country) VALUES (:name, :country)",
            {"name": "Umbrella", "country": "UK"})
print("lastrowid", cur.lastrowid, "rowcount", cur.rowcount)
con.commit()

cur.execute("SELECT sku, name, price, qty, photo FROM item ORDER BY sku")
print("select rowcount", cur.rowcount)
print([d[0] for d in cur.description], all(len(d) == 7 and d[1:] == (None,) * 6
                                              for d in cur.description))
print(cur.fetchone())
print(cur.fetchmany(2))
cur.arraysize = 2
print(cur.fetchmany())
print(cur.fetchall())
print(cur.fetchone(), cur.fetchall(), cur.fetchmany(5))

print("-- join and aggregates")
query = """
    SELECT s.name, count(i.sku) AS n, sum(i.qty) AS units, round(sum(i.price * i.qty), 2) AS value
    FROM supplier s LEFT JOIN item i ON i.supplier_id = s.id
    GROUP BY s.id ORDER BY value DESC NULLS LAST, s.name
"""
for row in con.execute(query):
    print(row)
print(con.execute("SELECT min(price), max(price), avg(qty), total(qty), count(*) FROM item")
      .fetchone())
print(con.execute("SELECT typeof(1), typeof(1.5), typeof('x'), typeof(x'00'), typeof(NULL)")
      .fetchone())

print("-- Row factory")
con.row_factory = sqlite3.Row
row = con.execute("SELECT sku AS Sku, name, qty FROM item WHERE qty > ? ORDER BY qty DESC",
                  (10,)).fetchone()
print(type(row).__name__, row.keys(), len(row), tuple(row))
print(row["sku"], row["SKU"], row[1], row[-1], row[0:2], row["Qty"])
for bad in ("nope", 1.5, 3):
    try:
        row[bad]
    except IndexError as e:
        print("IndexError", e)
other = con.execute("SELECT sku AS Sku, name, qty FROM item WHERE qty > ? ORDER BY qty DESC",
                    (10,)).fetchone()
print(row == other, hash(row) == hash(other), row != other)
print(dict(zip(row.keys(), row)))
import collections.abc
print(isinstance(row, collections.abc.Sequence))
con.row_factory = lambda cursor, r: {d[0]: v for d, v in zip(cursor.description, r)}
print(con.execute("SELECT sku, qty FROM item WHERE sku = 'A-100'").fetchone())
con.row_factory = None

print("-- transactions")
con.execute("UPDATE item SET qty = qty - 1 WHERE sku = 'A-100'")
print("in_transaction", con.in_transaction)
con.rollback()
print("qty after rollback", con.execute("SELECT qty FROM item WHERE sku='A-100'").fetchone())
try:
    with con:
        con.execute("UPDATE item SET qty = 100 WHERE sku = 'G-001'")
        con.execute("INSERT INTO item(sku, name) VALUES ('A-100', 'dup')")
except sqlite3.IntegrityError as e:
    print("IntegrityError", e, e.sqlite_errorname)
print("G-001 qty", con.execute("SELECT qty FROM item WHERE sku='G-001'").fetchone()[0])
with con:
    con.execute("UPDATE item SET qty = 41 WHERE sku = 'G-001'")
print("committed", con.in_transaction,
      con.execute("SELECT qty FROM item WHERE sku='G-001'").fetchone()[0])
# SELECT does not open a transaction; DML does.
con.execute("SELECT * FROM item")
print("after select", con.in_transaction)
cur = con.execute("DELETE FROM item WHERE qty = 0")
print("deleted", cur.rowcount, con.in_transaction)
con.rollback()
cur = con.execute("UPDATE item SET price = price * 2 WHERE supplier_id = ?", [2])
print("updated", cur.rowcount)
con.commit()

print("-- autocommit (isolation_level None)")
con.isolation_level = None
con.execute("INSERT INTO supplier(name) VALUES ('Auto')")
print("in_transaction", con.in_transaction)
con.execute("BEGIN")
con.execute("DELETE FROM supplier WHERE name = 'Auto'")
print("explicit", con.in_transaction)
con.execute("ROLLBACK")
print(con.execute("SELECT count(*) FROM supplier WHERE name='Auto'").fetchone())
con.isolation_level = "DEFERRED"
con.execute("DELETE FROM supplier WHERE name='Auto'")
print("deferred", con.in_transaction)
con.isolation_level = None   # setting None commits
print("after None", con.in_transaction)
con.isolation_level = "IMMEDIATE"

print("-- constraint errors")
tests = [
    ("INSERT INTO item(sku, name) VALUES ('A-100', 'again')", ()),
    ("INSERT INTO item(sku) VALUES ('Z')", ()),
    ("INSERT INTO item(sku, name, price) VALUES ('Z', 'neg', -1)", ()),
    ("INSERT INTO supplier(name) VALUES (?)", ("Acme",)),
]
for sql, params in tests:
    try:
        con.execute(sql, params)
    except sqlite3.IntegrityError as e:
        print(type(e).__name__, e, e.sqlite_errorcode, e.sqlite_errorname)
con.rollback()

print("-- iteration and cursors")
cur = con.cursor()
cur.execute("SELECT sku FROM item ORDER BY sku")
first = next(cur)
cur2 = con.cursor()
cur2.execute("SELECT count(*) FROM item")
print(first, cur2.fetchone(), [r[0] for r in cur])
print(cur.connection is con, iter(cur) is cur)
cur.setinputsizes([1, 2]); cur.setoutputsize(10); cur.setoutputsize(10, 0)
cur.close()
try:
    cur.execute("SELECT 1")
except sqlite3.ProgrammingError as e:
    print("ProgrammingError", e)
# a statement re-run while another cursor still iterates it
a = con.execute("SELECT sku FROM item ORDER BY sku")
b = con.execute("SELECT sku FROM item ORDER BY sku")
print(next(a), next(b), next(a), len(b.fetchall()), len(a.fetchall()))
con.close()
con.close()
try:
    con.execute("SELECT 1")
except sqlite3.ProgrammingError as e:
    print("ProgrammingError", e)
