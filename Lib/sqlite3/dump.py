"""Connection.iterdump(): the database as SQL text (schema, rows, indexes, triggers, views)."""


def _quote_ident(name):
    return name.replace('"', '""')


def _iterdump(connection):
    cu = connection.cursor()
    yield "BEGIN TRANSACTION;"
    tables = cu.execute(
        'SELECT "name", "type", "sql" FROM "sqlite_master" '
        'WHERE "sql" NOT NULL AND "type" == \'table\' ORDER BY "name"').fetchall()
    writable_schema = False
    sequence = []
    for name, _kind, sql in tables:
        if name == "sqlite_sequence":
            sequence = ['DELETE FROM "sqlite_sequence"']
            for row in cu.execute('SELECT * FROM "sqlite_sequence";').fetchall():
                sequence.append("INSERT INTO \"sqlite_sequence\" VALUES('%s',%s)"
                                % (row[0], row[1]))
            continue
        if name == "sqlite_stat1":
            yield 'ANALYZE "sqlite_master";'
        elif name.startswith("sqlite_"):
            continue
        elif sql.startswith("CREATE VIRTUAL TABLE"):
            if not writable_schema:
                writable_schema = True
                yield "PRAGMA writable_schema=ON;"
            quoted = name.replace("'", "''")
            yield ("INSERT INTO sqlite_master(type,name,tbl_name,rootpage,sql)"
                   "VALUES('table','%s','%s',0,'%s');"
                   % (quoted, quoted, sql.replace("'", "''")))
        else:
            yield sql + ";"
        ident = _quote_ident(name)
        columns = [str(info[1]) for info in
                   cu.execute('PRAGMA table_info("%s")' % ident).fetchall()]
        values = ",".join("'||quote(\"%s\")||'" % _quote_ident(col) for col in columns)
        for row in cu.execute("SELECT 'INSERT INTO \"%s\" VALUES(%s)' FROM \"%s\";"
                              % (ident, values, ident)):
            yield row[0] + ";"
    others = cu.execute(
        'SELECT "name", "type", "sql" FROM "sqlite_master" '
        'WHERE "sql" NOT NULL AND "type" IN (\'index\', \'trigger\', \'view\')').fetchall()
    for _name, _kind, sql in others:
        yield sql + ";"
    if writable_schema:
        yield "PRAGMA writable_schema=OFF;"
    for statement in sequence:
        yield statement + ";"
    yield "COMMIT;"
