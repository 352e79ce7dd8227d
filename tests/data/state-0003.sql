-- A workspace's state file made by drill as released before 0004_retention (migrations 0001-0003),
-- dumped with sqlite3's iterdump. Made with that release's own commands, the clock moved back
-- with DRILL_CLOCK_OFFSET: 12 days ago two-sum started, a wrong check, hint 1, a nested-loop
-- acceptance, then an optimal one; 10 days ago climbing-stairs accepted at the first check; 8 days
-- ago rotate-image, a wrong check and a reveal (--yes); 3 days ago 3sum, a wrong check; 2 days ago a
-- one-problem mock round (insert-interval, a hint), ended.
BEGIN TRANSACTION;
CREATE TABLE checks (
            id INTEGER PRIMARY KEY,
            slug TEXT NOT NULL,
            at REAL NOT NULL,
            verdict TEXT NOT NULL,
            stage TEXT NOT NULL,
            passed INTEGER NOT NULL,
            total INTEGER NOT NULL,
            since_start REAL,
            timings TEXT NOT NULL DEFAULT '{}'
        , round_id INTEGER, late INTEGER NOT NULL DEFAULT 0, growth TEXT, optimal INTEGER);
INSERT INTO "checks" VALUES(1,'two-sum',1.79497975128141641623e+09,'wrong_answer','cases',0,9,6.15036623477935791032e+01,'{"load": 0.2639485429999695, "cases": 0.012622122999346175, "total": 0.3071435929996369}',NULL,0,NULL,NULL);
INSERT INTO "checks" VALUES(2,'two-sum',1.79497989711326432233e+09,'accepted','scale',9,9,2.07335510253906250008e+02,'{"load": 0.23217414099963207, "cases": 0.02148379199934425, "random": 1.8955774559999554, "scale": 2.246623156000169, "total": 4.423419824999655}',NULL,0,'doubling n multiplied your time by 4.0x, the reference''s by 2.1x',0);
INSERT INTO "checks" VALUES(3,'two-sum',1.79498000081885981556e+09,'accepted','scale',9,9,3.11041105747222900389e+02,'{"load": 0.31660788299996057, "cases": 0.052207794000423746, "random": 1.8193909020001229, "scale": 0.5278269740001633, "total": 2.743887421999716}',NULL,0,'doubling n multiplied your time by 2.0x, the reference''s by 2.0x',1);
INSERT INTO "checks" VALUES(4,'climbing-stairs',1.79515290440976548196e+09,'accepted','scale',10,10,4.02828019618988037104e+02,'{"load": 0.35651287300061085, "cases": 0.03708365900001809, "random": 1.1386854000002131, "scale": 1.2293000509089325e-05, "total": 1.5678263250001692}',NULL,0,NULL,1);
INSERT INTO "checks" VALUES(5,'rotate-image',1.79532540746539139749e+09,'wrong_answer','cases',1,10,101.854989528656,'{"load": 0.3293397610004831, "cases": 0.011124252999252349, "total": 0.36797271500017814}',NULL,0,NULL,NULL);
INSERT INTO "checks" VALUES(6,'3sum',1.79575751070144176485e+09,'wrong_answer','cases',0,12,2.01565315008163452141e+02,'{"load": 0.3441018769999573, "cases": 0.009523580999484693, "total": 0.3798564329999863}',NULL,0,NULL,NULL);
CREATE TABLE hints (slug TEXT NOT NULL, number INTEGER NOT NULL, at REAL NOT NULL, round_id INTEGER);
INSERT INTO "hints" VALUES('two-sum',1,1.79497978182983160015e+09,NULL);
INSERT INTO "hints" VALUES('insert-interval',1,1.79584401656219506265e+09,1);
CREATE TABLE migrations (name TEXT PRIMARY KEY, applied_at REAL NOT NULL);
INSERT INTO "migrations" VALUES('0001_progress',1.79601648970224213601e+09);
INSERT INTO "migrations" VALUES('0002_mock_rounds',1.79601648973069095613e+09);
INSERT INTO "migrations" VALUES('0003_optimal',1.79601648975424170494e+09);
CREATE TABLE mock_problems (
            round_id INTEGER NOT NULL REFERENCES mock_rounds (id),
            position INTEGER NOT NULL,
            slug TEXT NOT NULL,
            backup TEXT,
            PRIMARY KEY (round_id, position)
        );
INSERT INTO "mock_problems" VALUES(1,0,'insert-interval',NULL);
CREATE TABLE mock_rounds (
            id INTEGER PRIMARY KEY,
            started_at REAL NOT NULL,
            deadline REAL NOT NULL,
            ended_at REAL,
            seed INTEGER,
            settings TEXT NOT NULL DEFAULT '{}',
            score REAL
        );
INSERT INTO "mock_rounds" VALUES(1,1.7958437159404878617e+09,1.79584551594048786159e+09,1.7958443171332871914e+09,1,'{"count": 1, "minutes": 30.0, "category": "interval", "difficulty": null}',0.0);
CREATE TABLE progress (
            slug TEXT PRIMARY KEY,
            started_at REAL NOT NULL,
            solved_at REAL,
            solve_seconds REAL,
            best_seconds REAL,
            hints_shown INTEGER NOT NULL DEFAULT 0,
            revealed_at REAL,
            revealed_before_solved INTEGER NOT NULL DEFAULT 0
        , optimal_at REAL, optimal_seconds REAL);
INSERT INTO "progress" VALUES('two-sum',1.79497968977775406839e+09,1.79497989711326432233e+09,2.07335510253906250008e+02,2.07335510253906250008e+02,1,NULL,0,1.79498000081885981556e+09,3.11041105747222900389e+02);
INSERT INTO "progress" VALUES('climbing-stairs',1.79515250158174586303e+09,1.79515290440976548196e+09,4.02828019618988037104e+02,4.02828019618988037104e+02,0,NULL,0,1.79515290440976548196e+09,4.02828019618988037104e+02);
INSERT INTO "progress" VALUES('rotate-image',1.79532530561040186878e+09,NULL,NULL,NULL,0,1.79532580808027315139e+09,1,NULL,NULL);
INSERT INTO "progress" VALUES('3sum',1.7957573091361267567e+09,NULL,NULL,NULL,0,NULL,0,NULL,NULL);
INSERT INTO "progress" VALUES('insert-interval',1.7958437159404878617e+09,NULL,NULL,NULL,1,NULL,0,NULL,NULL);
CREATE TABLE reveals (slug TEXT NOT NULL, at REAL NOT NULL, before_solved INTEGER NOT NULL);
INSERT INTO "reveals" VALUES('rotate-image',1.79532580808027315139e+09,1);
CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT);
INSERT INTO "settings" VALUES('current','3sum');
CREATE INDEX checks_slug ON checks (slug, at);
COMMIT;
