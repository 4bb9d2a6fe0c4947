import GRDB

/// The tables of the index and the migrations that create them.
///
/// Sizes drive the layout: the index must stay smaller than the corpus, so the article text
/// is not stored. The full-text table is *contentless* (`content=''`): it keeps only the
/// inverted index, and snippets and opened articles come from reading the file again.
/// SQLite 3.40 cannot delete a row from a contentless table without its original text, so a
/// replaced or deleted article leaves its old FTS row behind, unreachable: every query joins
/// `fts` to `article` on the rowid, and article ids are never reused (AUTOINCREMENT). The
/// refresh rebuilds the FTS table from the files once such dead rows pass a quarter of the
/// live ones (`fts_dead` in `meta` counts them).
enum IndexSchema {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1: articles, entities, quotes, full text") { db in
            try db.execute(sql: """
                CREATE TABLE meta(key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL) WITHOUT ROWID;

                -- One row per indexed file. The fingerprint (size, mtime in ns, content hash) decides
                -- what a refresh re-reads. `day` is the sort date as yyyymmdd (0 = none): the date
                -- field when it is a YYYY-MM-DD date, else a YYYY-MM-DD file-name prefix.
                -- `names` packs, as varints, the name ids of the article's entities in extractor order.
                CREATE TABLE article(
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    path TEXT NOT NULL UNIQUE,
                    size INTEGER NOT NULL,
                    mtime INTEGER NOT NULL,
                    hash INTEGER NOT NULL,
                    title TEXT NOT NULL,
                    date TEXT,
                    day INTEGER NOT NULL,
                    names BLOB NOT NULL
                );
                CREATE INDEX article_newest ON article(day DESC, path);
                CREATE INDEX article_hash ON article(hash);

                -- Files that are not articles (binary, empty), so a refresh does not re-read them.
                CREATE TABLE skipped(
                    path TEXT PRIMARY KEY NOT NULL, size INTEGER NOT NULL, mtime INTEGER NOT NULL,
                    reason TEXT NOT NULL
                ) WITHOUT ROWID;

                -- A distinct (type, key) an article gave as an entity's name. `entity` is the id of the
                -- name it resolves to across the corpus (itself when canonical or unresolved); a bare
                -- surname shared by two full names stays itself and is flagged `ambiguous`.
                CREATE TABLE name(
                    id INTEGER PRIMARY KEY,
                    type INTEGER NOT NULL,
                    key TEXT NOT NULL,
                    display TEXT NOT NULL,
                    entity INTEGER NOT NULL,
                    ambiguous INTEGER NOT NULL DEFAULT 0,
                    articles INTEGER NOT NULL DEFAULT 0,
                    mentions INTEGER NOT NULL DEFAULT 0,
                    UNIQUE(key, type)
                );
                CREATE INDEX name_entity ON name(entity);

                -- Every key a name answers to: the surface forms articles used for it, and for a
                -- person's full name its last word (`surname` = 1), which links bare surnames to it.
                CREATE TABLE alias(
                    key TEXT NOT NULL, name INTEGER NOT NULL, form TEXT NOT NULL, surname INTEGER NOT NULL,
                    PRIMARY KEY(key, name)
                ) WITHOUT ROWID;
                CREATE INDEX alias_name ON alias(name);

                -- The mentions of one name in one article, spans packed as varints. The key order
                -- serves "mentions of an entity, newest first" as an index range scan.
                CREATE TABLE occurrence(
                    name INTEGER NOT NULL, day INTEGER NOT NULL, article INTEGER NOT NULL,
                    spans BLOB NOT NULL,
                    PRIMARY KEY(name, day DESC, article)
                ) WITHOUT ROWID;

                CREATE TABLE quote(
                    article INTEGER NOT NULL, seq INTEGER NOT NULL,
                    start INTEGER NOT NULL, "end" INTEGER NOT NULL, kind INTEGER NOT NULL,
                    speaker_start INTEGER, speaker_end INTEGER, speaker INTEGER,
                    PRIMARY KEY(article, seq)
                ) WITHOUT ROWID;
                CREATE INDEX quote_speaker ON quote(speaker, article) WHERE speaker IS NOT NULL;

                -- Name keys whose cross-corpus resolution must be recomputed; written in the same
                -- transaction as the articles that touched them, so a killed refresh leaves them behind.
                CREATE TABLE dirty_key(key TEXT PRIMARY KEY NOT NULL) WITHOUT ROWID;

                CREATE VIRTUAL TABLE fts USING fts5(
                    title, body, content='', detail=full,
                    tokenize='unicode61 remove_diacritics 2'
                );
                -- BM25 with a title match worth ten body matches. (Since v3 searches rank with
                -- `byline_rank` and the same weights, `NewsIndex.rankExpression`; this stays the
                -- table's rank for anyone querying it by hand.)
                INSERT INTO fts(fts, rank) VALUES('rank', 'bm25(10.0, 1.0)');
                """)
        }
        migrator.registerMigration("v2: plain-layout flag") { db in
            // 1 when `PlainLayout.text` of the file equals the parser's text (see PlainLayout).
            try db.execute(sql: "ALTER TABLE article ADD COLUMN plain INTEGER NOT NULL DEFAULT 0")
        }
        migrator.registerMigration("v3: packed quotes") { db in
            // A row per quotation, and an index of its speakers, took a tenth of the index at
            // 100,000 articles; the quotations now travel packed in their article's row
            // (`PackedQuotes`), and `quote_speaker` holds one row per speaker and article,
            // with how many of the article's quotations are theirs. (Indexes built before this
            // are rebuilt: `IndexVersion.storeSchema` 2.)
            try db.execute(sql: """
                DROP INDEX quote_speaker;
                DROP TABLE quote;
                ALTER TABLE article ADD COLUMN quotes BLOB;
                CREATE TABLE quote_speaker(
                    speaker INTEGER NOT NULL, article INTEGER NOT NULL, quotes INTEGER NOT NULL,
                    PRIMARY KEY(speaker, article)
                ) WITHOUT ROWID;
                """)
            try db.execute(sql: FTSMerging.policySQL)
        }
        migrator.registerMigration("v4: name links") { db in
            // `entity` now names the member of a linked group that shows it (the most used full
            // name of the group's type), and `link` the name this one was linked to (`EntityResolver`),
            // NULL for none: the groups are the trees that `link` draws. A person's one-word name
            // (a bare surname, "Mr Brown") is a name of its own in each `scope`, the article's
            // section (its top folder), so that "Brown" in politics and "Brown" in sport can link
            // to different people. (`IndexVersion.storeSchema` 3.)
            try db.execute(sql: """
                CREATE TABLE name_v4(
                    id INTEGER PRIMARY KEY,
                    type INTEGER NOT NULL,
                    key TEXT NOT NULL,
                    scope TEXT NOT NULL DEFAULT '',
                    display TEXT NOT NULL,
                    entity INTEGER NOT NULL,
                    link INTEGER,
                    ambiguous INTEGER NOT NULL DEFAULT 0,
                    articles INTEGER NOT NULL DEFAULT 0,
                    mentions INTEGER NOT NULL DEFAULT 0,
                    UNIQUE(key, type, scope)
                );
                INSERT INTO name_v4(id, type, key, display, entity, ambiguous, articles, mentions)
                    SELECT id, type, key, display, entity, ambiguous, articles, mentions FROM name;
                DROP INDEX name_entity;
                DROP TABLE name;
                ALTER TABLE name_v4 RENAME TO name;
                CREATE INDEX name_entity ON name(entity);
                INSERT OR IGNORE INTO dirty_key(key) SELECT key FROM name;
                """)
        }
        migrator.registerMigration("v5: undated articles newest file first") { db in
            // An article with no date of its own sorts after the dated ones by its file's
            // modification time, newest first, rather than by path (a folder of undated pages
            // listed alphabetically is no news reader's order).
            try db.execute(sql: """
                DROP INDEX article_newest;
                CREATE INDEX article_newest ON article(day DESC, mtime DESC, path);
                """)
        }
        migrator.registerMigration("v6: source and section") { db in
            // Sorting and filtering the list by source or section (`source:`, `section:`) at
            // 100,000 articles needs them in the row: reading them from the files would take
            // minutes. `section` is the front matter's field, else the top folder; then
            // `section_from_folder` is 1, and a move rewrites it (worked out in SQL when asked,
            // a section filter or the picker's counts took 50 to 110 ms at 100,000 articles).
            // Each sort order has its index, so a page of any of them is a range scan, and a
            // `section:` or `source:` filter and the picker's counts read only that index.
            // (`IndexVersion.storeSchema` 4 rebuilds older indexes.)
            try db.execute(sql: """
                ALTER TABLE article ADD COLUMN source TEXT NOT NULL DEFAULT '';
                ALTER TABLE article ADD COLUMN section TEXT NOT NULL DEFAULT '';
                ALTER TABLE article ADD COLUMN section_from_folder INTEGER NOT NULL DEFAULT 0;
                CREATE INDEX article_by_title ON article(title COLLATE NOCASE, day DESC, mtime DESC, path);
                CREATE INDEX article_by_source ON article(source = '', source COLLATE NOCASE, day DESC, mtime DESC, path);
                CREATE INDEX article_by_section ON article(section = '', section COLLATE NOCASE, day DESC, mtime DESC, path);
                """)
        }
        migrator.registerMigration("v7: duplicate stories") { db in
            // `dup` is the group of versions of one story an article belongs to, named by its
            // smallest article id (NULL when alone; `DuplicateGroups`). `story_sig` holds the
            // body's MinHash sketch (`StorySignature`; none for an article without words), in a
            // table of its own so that the article rows the lists read stay small, and
            // `story_band` its LSH band keys, which find the articles worth comparing with it.
            // (Indexes built before this have no sketches and are rebuilt: `storeSchema` 4.)
            try db.execute(sql: """
                ALTER TABLE article ADD COLUMN dup INTEGER;
                CREATE TABLE story_sig(article INTEGER PRIMARY KEY NOT NULL, sig BLOB NOT NULL);
                CREATE INDEX article_dup ON article(dup) WHERE dup IS NOT NULL;
                CREATE TABLE story_band(
                    key INTEGER NOT NULL, article INTEGER NOT NULL,
                    PRIMARY KEY(key, article)
                ) WITHOUT ROWID;
                -- Articles written, and groups that lost a member, whose groups are still to be
                -- worked out; written with the articles, so a killed refresh leaves them behind.
                CREATE TABLE dirty_story(article INTEGER PRIMARY KEY NOT NULL);
                """)
        }
        migrator.registerMigration(LatestMentionDay.migration) { db in
            // `latest` is the newest day (yyyymmdd, 0 for none) of the name's occurrence rows,
            // kept by `IndexWriter`: the people view sorted by latest mention looked it up with
            // one seek per name, 19,000 at 100,000 articles, 50 to 65 ms a keystroke. Older
            // indexes are filled in place from their occurrence rows (one seek per name, once),
            // not rebuilt: nothing else changed, and a rebuild of a large corpus takes minutes.
            try db.execute(sql: "ALTER TABLE name ADD COLUMN latest INTEGER NOT NULL DEFAULT 0")
            try db.execute(sql: LatestMentionDay.fillSQL)
        }
        migrator.registerMigration("v9: strong type cues") { db in
            // The types an article's own words named a name strongly ("the band X", "the X film",
            // a title: `ArticleEntity.strongCues`), one row per name and article that has any,
            // `cues` a bit per type code (`NameCues`). Only a few names have them, so the rows
            // are few; `EntityResolver.dominantReading` lets such cues in a few articles outvote
            // many plain readings of the name as a person's. (Indexes built before this have
            // none and are rebuilt: `storeSchema` 5.)
            try db.execute(sql: """
                CREATE TABLE name_cue(
                    name INTEGER NOT NULL, article INTEGER NOT NULL, cues INTEGER NOT NULL,
                    PRIMARY KEY(name, article)
                ) WITHOUT ROWID;
                """)
        }
        migrator.registerMigration("v10: story bands worked out in memory") { db in
            // The LSH band keys of every sketch, sixteen rows an article, took 27 MB of 299 at
            // 100,000 articles; a regrouping now works them out from `story_sig`, which it reads
            // anyway (`SketchTable`), and finds the same candidates. The sketches are unchanged,
            // so older indexes keep them and only lose the table; the pages it leaves go back at
            // the end of the next refresh (`incremental_vacuum`).
            try db.execute(sql: "DROP TABLE story_band")
        }
        migrator.registerMigration("v11: sort indexes end on the article id") { db in
            // The date order's last key, what orders articles of the same day and file time, was
            // the path: 19 bytes in each entry of four indexes, 8 MB at 100,000 articles. It is
            // now the article id, which every index entry holds anyway as its rowid, so the
            // indexes are the same keys without the path (`ArticleOrder.indexKeys`). Within one
            // first build ids follow the paths; a file added later comes after the files of its
            // day and time that were there before it. (Built in place: nothing else changed.)
            try db.execute(sql: """
                DROP INDEX article_newest;
                DROP INDEX article_by_title;
                DROP INDEX article_by_source;
                DROP INDEX article_by_section;
                CREATE INDEX article_newest ON article(\(ArticleOrder.date.indexKeys));
                CREATE INDEX article_by_title ON article(\(ArticleOrder.title.indexKeys));
                CREATE INDEX article_by_source ON article(\(ArticleOrder.source.indexKeys));
                CREATE INDEX article_by_section ON article(\(ArticleOrder.section.indexKeys));
                """)
        }
        migrator.registerMigration("v12: person roles") { db in
            // The walks of life an article's role words gave a person ("Development Minister X",
            // "captain X": `PersonRoles`), a bit each, beside the name's strong type cues; and a
            // person's full name is now kept by section like a bare surname, so that two people
            // of one name can be told apart (`EntityResolver.fullNameSibling`). (Indexes built
            // before this keep full names whole and have no roles, and are rebuilt: `storeSchema` 6.)
            try db.execute(sql: "ALTER TABLE name_cue ADD COLUMN roles INTEGER NOT NULL DEFAULT 0")
        }
        migrator.registerMigration("v13: body column first in the full-text table") { db in
            // FTS5 writes a column number before the positions of every column but the first,
            // in each word's entry for each article. With the title first, nearly every entry
            // (a word of the body) carried that marker: body first, the full-text table of
            // news10k is 0.47 of the corpus instead of 0.66, 37 MB less at 100,000 articles.
            // Matches and scores are the same: the weights follow the columns (body 1, title
            // 10, `NewsIndex.rankExpression`) and `bm25()` sums whole hits. (Indexes built
            // before this have the old order and are rebuilt: `storeSchema` 8. An index that
            // reaches this in place has its articles' words in the old table only, so the next
            // refresh reads every file again: size -1 and hash 0 match no file.)
            try db.execute(sql: """
                UPDATE article SET size = -1, hash = 0;
                DROP TABLE fts;
                CREATE VIRTUAL TABLE fts USING fts5(
                    body, title, content='', detail=full,
                    tokenize='unicode61 remove_diacritics 2'
                );
                INSERT INTO fts(fts, rank) VALUES('rank', 'bm25(1.0, 10.0)');
                """)
            try db.execute(sql: FTSMerging.policySQL)
        }
        return migrator
    }
}
